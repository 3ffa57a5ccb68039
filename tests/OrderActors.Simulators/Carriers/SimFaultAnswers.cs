namespace OrderActors.Simulators.Carriers;

/// <summary>The injected faults every carrier gateway answers the same way: an HTML 5xx page, or a 200 that is not JSON.</summary>
internal static class SimFaultAnswers
{
    public static IResult? Take(CarrierSimulatorState state, string carrier)
    {
        if (state.TryTakeServerError(out var status))
        {
            state.Record(carrier, $"http:{status}");
            return Results.Text("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", statusCode: status);
        }

        if (state.TryTakeGarbage())
        {
            state.Record(carrier, "garbage");
            return Results.Text("<html><body>maintenance</body></html>", "text/html");
        }

        return null;
    }
}
