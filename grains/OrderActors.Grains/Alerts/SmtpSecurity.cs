namespace OrderActors.Grains.Alerts;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text; only for a relay on the same host or a test server.</summary>
    None = 0,

    /// <summary>Connect in plain text, then STARTTLS, which is required (port 587 by default).</summary>
    StartTls = 1,

    /// <summary>TLS from the first byte (port 465 by default).</summary>
    SslOnConnect = 2,
}
