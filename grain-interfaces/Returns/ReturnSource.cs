namespace OrderActors.GrainInterfaces.Returns;

/// <summary>Who opened the return: the marketplace's after-sale flow (with the platform's return id) or an operator.</summary>
[GenerateSerializer, Alias("oa.ReturnSource")]
public enum ReturnSource
{
    Marketplace = 0,
    Operator = 1,
}
