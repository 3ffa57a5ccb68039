using System.Globalization;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels;

namespace OrderActors.Simulators.Tests;

/// <summary>
/// What every platform client promises for the failures that are not the platform's own error codes:
/// the connector backs off on a 5xx or an unreachable gateway, and reports a body it cannot read.
/// </summary>
internal static class PlatformFailureAssert
{
    /// <summary>An HTTP 5xx: Retryable, with the status kept and as the code.</summary>
    public static void RetryableHttp(int status, PlatformCallException error)
    {
        Assert.Equal(PlatformErrorClass.Retryable, error.ErrorClass);
        Assert.Equal(status, error.HttpStatus);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"http-{status}"), error.Code);
    }

    /// <summary>A body that is not JSON: a malformed response, not a guess, and the message says why.</summary>
    public static void NotJson(PlatformCallException error)
    {
        Assert.Equal("malformed-response", error.Code);
        Assert.Equal(PlatformErrorClass.Unclassified, error.ErrorClass);
        Assert.Contains("not JSON", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A gateway that does not answer: a Retryable transport failure.</summary>
    public static void Transport(PlatformCallException error)
    {
        Assert.Equal("transport", error.Code);
        Assert.Equal(PlatformErrorClass.Retryable, error.ErrorClass);
    }
}
