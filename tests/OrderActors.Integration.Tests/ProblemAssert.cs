using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderActors.Integration.Tests;

internal static class ProblemAssert
{
    /// <summary>Asserts an RFC 7807 refusal with this status and reason (member and type); returns the problem.</summary>
    public static async Task<JsonElement> Refused(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.Equal($"urn:orderactors:problem:{reason}", problem.GetProperty("type").GetString());
        return problem;
    }
}
