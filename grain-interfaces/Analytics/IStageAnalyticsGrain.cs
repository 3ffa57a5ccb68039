namespace OrderActors.GrainInterfaces.Analytics;

/// <summary>Stage analytics over the status-event projection (stateless worker; key 0).</summary>
public interface IStageAnalyticsGrain : IGrainWithIntegerKey
{
    /// <summary>Per step (Paid→Allocated, Allocated→Outbound, Outbound→Shipped, Shipped→Delivered): count, mean, p50, p90 of the steps that ended in the period.</summary>
    Task<StageReport> Stages(StageReportQuery query);
}
