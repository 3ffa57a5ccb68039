namespace OrderActors.Grains.Channels.Douyin;

/// <summary>
/// Where a shop order goes, as Douyin sends it. Region names (<c>post_addr.province/city/town/street.name</c>)
/// come in clear and are what routing needs. The person, phone and street detail come encrypted
/// (<c>encrypt_post_receiver</c>, <c>encrypt_post_tel</c>, <c>post_addr.encrypt_detail</c>): <see cref="Name"/>,
/// <see cref="Phone"/> and <see cref="Detail"/> hold that ciphertext (or the plain field when the platform
/// sent no ciphertext), never a decrypted value; the masked forms are kept for people to read.
/// </summary>
internal sealed record DouyinReceiver(
    string? Name,
    string? Phone,
    string? Province,
    string? City,
    string? Town,
    string? Street,
    string? Detail,
    string? MaskedName,
    string? MaskedPhone)
{
    /// <summary>Everything a shipping address needs is there (names in clear, the rest as ciphertext).</summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Phone) && !string.IsNullOrWhiteSpace(Province)
        && !string.IsNullOrWhiteSpace(City) && !string.IsNullOrWhiteSpace(Detail);
}
