namespace OrderActors.Grains.ReadModel;

/// <summary>
/// Group commit shared by every grain of a silo: rows added while a write is in flight go out
/// together in the next write; each caller's task completes when its row is durable (or fails
/// with the batch). Thread-safe, unlike the per-grain <see cref="Inventory.GroupCommit{T}"/>.
/// </summary>
internal sealed class BatchingWriter<T>(Func<IReadOnlyList<T>, Task> write)
{
    private readonly Lock _gate = new();
    private List<T> _open = [];
    private TaskCompletionSource _openDone = NewSignal();
    private bool _flushing;

    public Task Add(T item)
    {
        lock (_gate)
        {
            _open.Add(item);
            var done = _openDone.Task;
            if (!_flushing)
            {
                _flushing = true;

                // Off the calling grain's scheduler: the loop outlives the call that started it.
                _ = Task.Run(Flush);
            }

            return done;
        }
    }

    private async Task Flush()
    {
        while (true)
        {
            List<T> batch;
            TaskCompletionSource done;
            lock (_gate)
            {
                if (_open.Count == 0)
                {
                    _flushing = false;
                    return;
                }

                (batch, done) = (_open, _openDone);
                (_open, _openDone) = ([], NewSignal());
            }

            try
            {
                await write(batch);
                done.SetResult();
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
