namespace OrderActors.ClientApi;

/// <summary>Reads a webhook's raw body (the signature is over these bytes), refusing to buffer more than a limit.</summary>
internal static class WebhookBody
{
    /// <summary>The raw body, or null when it is longer than <paramref name="limit"/> (read no further than that).</summary>
    public static async Task<byte[]?> Read(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
