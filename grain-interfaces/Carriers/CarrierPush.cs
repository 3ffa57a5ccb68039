namespace OrderActors.GrainInterfaces.Carriers;

/// <summary>A carrier or aggregator push as it arrived, for the push inbox to verify and apply.</summary>
/// <param name="Body">The signed text: SF's raw JSON body; the aggregator's <c>param</c> field.</param>
/// <param name="Signature">SF's <c>msgDigest</c>; the aggregator's <c>sign</c>.</param>
/// <param name="Timestamp">SF's <c>timestamp</c> (Unix milliseconds); none for the aggregator.</param>
/// <param name="PartnerId">SF's <c>partnerID</c>: whose check word signs it.</param>
[GenerateSerializer, Immutable, Alias("oa.CarrierPush")]
public sealed record CarrierPush(
    [property: Id(0)] string Body,
    [property: Id(1)] string? Signature,
    [property: Id(2)] string? Timestamp = null,
    [property: Id(3)] string? PartnerId = null);
