namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>
/// Pinduoduo sends an order's receiver name, phone and street (<c>receiver_name</c>, <c>receiver_phone</c>,
/// <c>receiver_address</c>) as ciphertext while the order awaits shipment and is not flagged by risk
/// control, and as empty strings otherwise; beside them come masked forms for people
/// (<c>receiver_name_mask</c>, …) and the province, city and district in clear (documented field
/// descriptions). Decrypting (<c>pdd.open.decrypt.batch</c>) is a restricted, metered permission, and the
/// platform's e-waybill takes the ciphertext itself, so the connector never decrypts: it stores one of
/// these two forms. Routing only needs the province and city, which are always clear.
/// </summary>
public enum PddReceiverText
{
    /// <summary>The ciphertext, opaque, as the handle the shipping step decrypts or prints from; the masked
    /// form when no ciphertext was sent (shipped, or under risk review). The default.</summary>
    Ciphertext = 0,

    /// <summary>Always the masked form (e.g. 张**, 138****5678): readable for people, useless for a carrier.</summary>
    Masked = 1,
}
