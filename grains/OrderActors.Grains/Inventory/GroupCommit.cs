namespace OrderActors.Grains.Inventory;

/// <summary>
/// Group commit for a grain: items added while a write is in flight are collected and written
/// together by the next write, and every caller's task completes only once its item is durable.
/// </summary>
/// <remarks>
/// Not thread-safe, and needs none: it is only touched from one grain's turns, which never run in
/// parallel (a reentrant grain interleaves them at awaits). After a failed write every pending and
/// later item fails too: the owner's in-memory state is ahead of what is durable and must be reloaded.
/// </remarks>
internal sealed class GroupCommit<T>(Func<IReadOnlyList<T>, Task> write)
{
    private List<T> _open = [];
    private TaskCompletionSource _openDone = NewSignal();
    private Task _lastWrite = Task.CompletedTask;
    private bool _flushing;
    private Exception? _failure;

    public bool Failed => _failure is not null;

    /// <summary>How many items the writes so far carried, and in how many writes (for metrics and docs).</summary>
    public (long Items, long Writes) Totals { get; private set; }

    /// <summary>Queues an item; the task completes when the item is durable.</summary>
    public Task Add(T item)
    {
        if (_failure is not null)
        {
            return Task.FromException(new InvalidOperationException("An earlier journal write failed; the grain is reloading.", _failure));
        }

        _open.Add(item);
        if (!_flushing)
        {
            _flushing = true;
            _ = FlushLoop();
        }

        return _openDone.Task;
    }

    /// <summary>Completes when everything added so far is durable (for answers to retries).</summary>
    public Task WhenDurable() => _open.Count > 0 ? _openDone.Task : _lastWrite;

    private async Task FlushLoop()
    {
        // Give the requests already queued on this grain a turn to join the first batch.
        await Task.Yield();
        while (_open.Count > 0)
        {
            var batch = _open;
            var done = _openDone;
            _open = [];
            _openDone = NewSignal();
            _lastWrite = done.Task;
            try
            {
                await write(batch);
                Totals = (Totals.Items + batch.Count, Totals.Writes + 1);
                done.SetResult();
            }
            catch (Exception ex)
            {
                _failure = ex;
                done.SetException(ex);
                _openDone.SetException(ex);
                _open = [];
                break;
            }
        }

        _flushing = false;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
