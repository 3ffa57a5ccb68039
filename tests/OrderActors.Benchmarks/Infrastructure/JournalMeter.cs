using System.Diagnostics.Metrics;

namespace OrderActors.Benchmarks.Infrastructure;

/// <summary>
/// Listens to the stock journal's own metrics (meter "OrderActors.Inventory"): how many entries each
/// journal write carried, i.e. the group commit batch sizes, and how long the writes took.
/// </summary>
internal sealed class JournalMeter : IDisposable
{
    public const string MeterName = "OrderActors.Inventory";
    public const string BatchSizeInstrument = "orderactors.stock_journal.batch_size";
    public const string DurationInstrument = "orderactors.stock_journal.write.duration";

    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private long _writes;
    private long _entries;
    private long _largest;
    private double _seconds;

    public JournalMeter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name is BatchSizeInstrument or DurationInstrument)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) =>
        {
            lock (_lock)
            {
                _writes++;
                _entries += value;
                _largest = Math.Max(_largest, value);
            }
        });
        _listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (_lock)
            {
                _seconds += value;
            }
        });
        _listener.Start();
    }

    /// <summary>Totals so far; the largest batch is since the last <see cref="ResetLargest"/>.</summary>
    public JournalTotals Read()
    {
        lock (_lock)
        {
            return new JournalTotals(_writes, _entries, _largest, _seconds);
        }
    }

    public void ResetLargest()
    {
        lock (_lock)
        {
            _largest = 0;
        }
    }

    public void Dispose() => _listener.Dispose();
}

internal readonly record struct JournalTotals(long Writes, long Entries, long Largest, double WriteSeconds)
{
    public JournalTotals Since(JournalTotals earlier) =>
        new(Writes - earlier.Writes, Entries - earlier.Entries, Largest, WriteSeconds - earlier.WriteSeconds);

    public double AverageBatch => Writes == 0 ? 0 : (double)Entries / Writes;

    public TimeSpan AverageWrite => Writes == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(WriteSeconds / Writes);
}
