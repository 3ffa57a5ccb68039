namespace OrderActors.GrainInterfaces.Carriers;

[GenerateSerializer, Alias("oa.CarrierPushOutcome")]
public enum CarrierPushOutcome
{
    /// <summary>Every event of the push is durable on its parcel (new or seen before).</summary>
    Accepted = 0,

    /// <summary>Unsigned, wrongly signed, or outside the timestamp window; nothing applied.</summary>
    Unauthorized = 1,

    /// <summary>Not the documented shape (errors say where); nothing applied.</summary>
    Malformed = 2,

    /// <summary>Could not be made durable now; the carrier should retry the whole push (a repeat is harmless).</summary>
    Unavailable = 3,

    /// <summary>The push side is not configured on this silo (no check word or salt).</summary>
    NotConfigured = 4,
}
