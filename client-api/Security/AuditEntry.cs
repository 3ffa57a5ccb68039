namespace OrderActors.ClientApi.Security;

/// <summary>One write that reached an endpoint: who, when, what, and the answer. No bodies, passwords or keys.</summary>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, string? Actor, string Method, string? Route, string Path, int Status, string? RemoteAddress, string? TraceId);
