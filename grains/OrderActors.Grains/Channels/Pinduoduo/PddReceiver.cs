namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>
/// The receiver of an order. <see cref="Province"/>, <see cref="City"/> and <see cref="Town"/> (the
/// district) come in clear, as the platform writes them (e.g. 浙江省); name, phone and street come as
/// ciphertext (empty once shipped or while under risk review) beside masked forms (see <see cref="PddReceiverText"/>).
/// </summary>
/// <param name="Name">receiver_name: ciphertext, or null when sent empty.</param>
/// <param name="Phone">receiver_phone: ciphertext, or null when sent empty.</param>
/// <param name="Address">receiver_address: the street without province, city and district; ciphertext, or null.</param>
internal sealed record PddReceiver(
    string? Name,
    string? NameMask,
    string? Phone,
    string? PhoneMask,
    string? Province,
    string? City,
    string? Town,
    string? Address,
    string? AddressMask);
