namespace OrderActors.Simulators.Carriers;

/// <summary>
/// For the demo: moves every issued waybill one step (picked up, in transit, out for delivery, delivered) each
/// <see cref="CarrierSimulatorOptions.StepDelay"/> and pushes the step to the OMS when a push target is set.
/// </summary>
internal sealed class CarrierAutopilot(CarrierSimulatorState state, CarrierPusher pusher, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!state.Options.Autopilot)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(false);
            foreach (var parcel in state.Parcels().Where(p => p.Stage < 4))
            {
                var last = parcel.Routes.Count == 0 ? parcel.IssuedAt : parcel.Routes[^1].At;
                if (state.Now - last >= state.Options.StepDelay && state.Advance(parcel.Waybill) is { } moved)
                {
                    await pusher.PushLatestAsync(moved, stoppingToken).ConfigureAwait(false);
                }
            }
        }
    }
}
