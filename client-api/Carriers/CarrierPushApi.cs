using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Carriers;

/// <summary>
/// Carrier pushes (docs/carriers.md): SF's route push at <c>/api/carriers/sf/routes</c> and a tracking
/// aggregator's full-snapshot push at <c>/api/carriers/snapshots</c>, both verified by the silos' push inbox,
/// which holds the secrets; and the parcels they feed. 2xx only once every event of the push is durable.
/// </summary>
public static class CarrierPushApi
{
    /// <summary>Far more than a push of a few hundred routes needs.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapCarrierPushApi(this IEndpointRouteBuilder app)
    {
        var carriers = app.MapGroup("/api/carriers").WithTags("Carriers");
        carriers.MapPost("/sf/routes", SfRoutes)
            .WithSummary("SF route push: {\"Body\":{\"WaybillRoute\":[{mailno, acceptTime, acceptAddress, remark, opCode, id}]}}, signed.")
            .WithDescription(
                "Query parameters partnerID, timestamp (Unix ms, within 5 minutes) and msgDigest = Base64(MD5(URL-encode(raw body + timestamp + " +
                "check word))). 200 {\"return_code\":\"0000\",\"return_msg\":\"成功\"} once every route is durable (repeats are harmless); " +
                "401 bad or missing signature; 400 a body that is not the documented shape (nothing applied; errors by route); " +
                "404 no SF account configured; 413 body over 1 MiB; 503 retry the whole push. Refusals carry return_code 1000 as well.")
            .Accepts<SfRoutePushDocument>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .PublicAccess("signed by SF (msgDigest over body, timestamp and the check word), fresh within 5 minutes");
        carriers.MapPost("/snapshots", Snapshot)
            .WithSummary("Aggregator snapshot push: form fields param (JSON: status, lastResult{com, nu, state, data[…]}) and sign = upper-case MD5(param + salt).")
            .WithDescription(
                "Each push carries a waybill's whole event list; events already recorded are dropped. 200 {\"result\":true,\"returnCode\":\"200\"," +
                "\"message\":\"成功\"} once durable; 401 bad sign; 400 not the documented shape (nothing applied); 404 no salt configured; " +
                "413 body over 1 MiB; 503 retry. Refusals carry result false and returnCode as well.")
            .Accepts<SnapshotForm>("application/x-www-form-urlencoded")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery()
            .PublicAccess("signed by the aggregator (MD5 of the payload and the shared salt)");
        carriers.MapGet("/parcels/{carrier}/{waybill}", Parcel)
            .WithSummary("A parcel: its order, its carrier events in time order, its state, and whether it is being polled.")
            .RequireScope(Scopes.Read);
        return app;
    }

    private static async Task<Results<Ok<SfPushAnswer>, ProblemHttpResult>> SfRoutes(
        HttpRequest request,
        [FromQuery(Name = "partnerID")] string? partnerId,
        [FromQuery] string? timestamp,
        [FromQuery] string? msgDigest,
        IClusterClient cluster,
        CancellationToken cancellationToken)
    {
        var body = await ReadBody(request, cancellationToken);
        if (body is null)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", "A push body is at most 1 MiB.", SfRefusal("body too large"));
        }

        var receipt = await cluster.GetGrain<ICarrierPushGrain>("default").ReceiveSfRoutes(new CarrierPush(body, msgDigest, timestamp, partnerId));
        return receipt.Outcome == CarrierPushOutcome.Accepted
            ? TypedResults.Ok(new SfPushAnswer("0000", "成功"))
            : Refusal(request, receipt, SfRefusal(receipt.Detail ?? receipt.Reason ?? "refused"));
    }

    private static async Task<Results<Ok<SnapshotAnswer>, ProblemHttpResult>> Snapshot(HttpRequest request, IClusterClient cluster, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", "A push body is at most 1 MiB.", SnapshotRefusal(413, "body too large"));
        }

        if (!request.HasFormContentType)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "MalformedPush", "The push must be application/x-www-form-urlencoded with fields param and sign.", SnapshotRefusal(400, "not a form"));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "MalformedPush", $"The form cannot be read: {ex.Message}", SnapshotRefusal(400, "unreadable form"));
        }

        var param = form["param"].ToString();
        if (string.IsNullOrWhiteSpace(param))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "MalformedPush", "The form field param is required.", SnapshotRefusal(400, "param is required"));
        }

        var receipt = await cluster.GetGrain<ICarrierPushGrain>("default").ReceiveSnapshot(new CarrierPush(param, form["sign"].ToString()));
        return receipt.Outcome == CarrierPushOutcome.Accepted
            ? TypedResults.Ok(new SnapshotAnswer(true, "200", "成功"))
            : Refusal(request, receipt, SnapshotRefusal(StatusOf(receipt.Outcome), receipt.Detail ?? receipt.Reason ?? "refused"));
    }

    private static async Task<Results<Ok<ParcelView>, ProblemHttpResult>> Parcel(string carrier, string waybill, IClusterClient cluster)
    {
        var code = carrier.ToUpperInvariant();
        if (code is not ("SF" or "ZTO" or "YUNDA") || waybill.Length is < 6 or > 32 || !waybill.All(char.IsAsciiLetterOrDigit))
        {
            return Problems.NotFound($"Parcel {carrier}/{waybill}");
        }

        return await cluster.GetGrain<IParcelTrackingGrain>($"{code}:{waybill}").Get() is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound($"Parcel {code}/{waybill}");
    }

    private static ProblemHttpResult Refusal(HttpRequest request, CarrierPushReceipt receipt, Dictionary<string, object?> extensions)
    {
        extensions["reason"] = receipt.Reason;
        if (!receipt.Errors.IsDefaultOrEmpty)
        {
            extensions["errors"] = receipt.Errors;
        }

        if (receipt.Outcome == CarrierPushOutcome.Unavailable)
        {
            request.HttpContext.Response.Headers.RetryAfter = "5";
        }

        return Problems.Of(StatusOf(receipt.Outcome), receipt.Reason ?? "Refused", receipt.Detail ?? "The push was refused.", extensions);
    }

    private static int StatusOf(CarrierPushOutcome outcome) => outcome switch
    {
        CarrierPushOutcome.Unauthorized => StatusCodes.Status401Unauthorized,
        CarrierPushOutcome.Malformed => StatusCodes.Status400BadRequest,
        CarrierPushOutcome.NotConfigured => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    // SF's acknowledgement carries return_code 0000 for success; any other code makes SF push again later.
    private static Dictionary<string, object?> SfRefusal(string message) => new() { ["return_code"] = "1000", ["return_msg"] = message };

    private static Dictionary<string, object?> SnapshotRefusal(int status, string message) =>
        new() { ["result"] = false, ["returnCode"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture), ["message"] = message };

    /// <summary>The raw body as UTF-8 text (it is what SF signed), or null when longer than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<string?> ReadBody(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

/// <summary>SF's acknowledgement of a route push.</summary>
public sealed record SfPushAnswer(
    [property: System.Text.Json.Serialization.JsonPropertyName("return_code")] string ReturnCode,
    [property: System.Text.Json.Serialization.JsonPropertyName("return_msg")] string ReturnMsg);

/// <summary>The aggregator's acknowledgement of a snapshot push.</summary>
public sealed record SnapshotAnswer(bool Result, string ReturnCode, string Message);

/// <summary>The aggregator's push form, for the OpenAPI document.</summary>
/// <param name="Param">The JSON snapshot: status, billstatus, message, lastResult {com, nu, state, ischeck, data[{time, ftime, context, areaName, statusCode}]}.</param>
/// <param name="Sign">Upper-case hex MD5 of param + salt.</param>
public sealed record SnapshotForm(string Param, string Sign);

/// <summary>The documented shape of SF's route push, for the OpenAPI document.</summary>
public sealed record SfRoutePushDocument([property: System.Text.Json.Serialization.JsonPropertyName("Body")] SfRoutePushBody Body);

public sealed record SfRoutePushBody([property: System.Text.Json.Serialization.JsonPropertyName("WaybillRoute")] IReadOnlyList<SfWaybillRoute> WaybillRoute);

public sealed record SfWaybillRoute(string Mailno, string AcceptTime, string? AcceptAddress, string? Remark, string OpCode, string? Id, string? Orderid);
