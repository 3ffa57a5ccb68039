namespace OrderActors.Domain.Channels;

/// <summary>What a connector should do about a platform error.</summary>
public enum PlatformErrorClass
{
    /// <summary>The code is not in the confirmed table. Not guessed: log it with the raw code, treat it as a failure of this call, and let a person classify it.</summary>
    Unclassified = 0,

    /// <summary>Throttled or a passing platform fault: back off and try again.</summary>
    Retryable = 1,

    /// <summary>The access token is expired, invalid or no longer authorised: refresh (or re-authorise), then retry.</summary>
    AuthExpired = 2,

    /// <summary>Our request is wrong (signature, parameters, permissions): retrying the same call cannot help.</summary>
    Permanent = 3,
}
