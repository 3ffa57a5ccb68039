namespace OrderActors.Domain.Channels.Pinduoduo;

/// <summary>
/// Pinduoduo error codes (<c>error_response.error_code</c>, <c>sub_code</c>). No code's meaning could
/// be confirmed from Pinduoduo's documentation in this work (the error-code pages were not reachable
/// through the sources used; integrators' notes disagree), so nothing is classified: every error is
/// Unclassified until the table is filled from the platform's own error-code page. Kept as a type
/// so connectors call it the same way as the other platforms' classifiers.
/// </summary>
public static class PddErrorClassifier
{
    public static IReadOnlyDictionary<string, PlatformErrorClass> Codes { get; } = new Dictionary<string, PlatformErrorClass>();

    public static PlatformErrorClass Classify(PlatformError error) =>
        Codes.GetValueOrDefault(error.Code.Trim(), PlatformErrorClass.Unclassified);
}
