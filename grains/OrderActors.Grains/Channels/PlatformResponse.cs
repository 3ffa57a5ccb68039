using System.Net.Http.Headers;

namespace OrderActors.Grains.Channels;

/// <summary>An answer as the platform clients read it: status, the whole body, and the headers for what some platforms put there.</summary>
internal sealed record PlatformResponse(int Status, string Body, HttpResponseHeaders Headers);
