namespace OrderActors.GrainInterfaces.Analytics;

/// <summary>The live overview over the status-event projection (stateless worker; key 0).</summary>
public interface IOrderFlowGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Status changes per minute, channel and status over the last <paramref name="minutes"/> minutes
    /// (1 to <see cref="OrderFlowOverview.MaxMinutes"/>), and the orders now waiting in each open status.
    /// </summary>
    Task<OrderFlowOverview> Overview(int minutes);
}
