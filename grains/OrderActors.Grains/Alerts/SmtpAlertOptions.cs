namespace OrderActors.Grains.Alerts;

/// <summary>"OrderActors:Alerts:Smtp": the mail server and the operations address(es). Active when <see cref="Host"/> is set.</summary>
public sealed class SmtpAlertOptions
{
    public string? Host { get; set; }

    /// <summary>0 picks the usual port for <see cref="Security"/>: 25, 587 or 465.</summary>
    public int Port { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Optional; when set the client authenticates.</summary>
    public string? UserName { get; set; }

    /// <summary>From the environment only (OrderActors__Alerts__Smtp__Password).</summary>
    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>OrderActors &lt;alerts@example.com&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>The recipients; an entry may hold several addresses separated by commas.</summary>
    public List<string> To { get; set; } = [];

    /// <summary>Put before every subject, so mail filters can sort alerts.</summary>
    public string SubjectPrefix { get; set; } = "[OrderActors]";

    /// <summary>For each network operation of one attempt (connect, authenticate, send).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    internal int EffectivePort => Port != 0 ? Port : Security switch
    {
        SmtpSecurity.SslOnConnect => 465,
        SmtpSecurity.StartTls => 587,
        _ => 25,
    };
}
