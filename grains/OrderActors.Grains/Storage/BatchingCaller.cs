namespace OrderActors.Grains.Storage;

/// <summary>
/// Group commit with an answer per caller, shared by every grain of a silo: requests added while a
/// batch is in flight go out together in the next one. <c>run</c> answers the batch's requests in
/// order (one result each); if it throws, every caller of that batch gets the exception. Unlike
/// <see cref="ReadModel.BatchingWriter{T}"/>, whose callers only wait for "durable", each caller
/// here gets its own row or its own refusal. A batch carries at most <c>maxBatch</c> requests, so that
/// one statement stays bounded in size and time however far a burst runs ahead.
/// </summary>
internal sealed class BatchingCaller<TRequest, TResult>(Func<IReadOnlyList<TRequest>, Task<TResult[]>> run, int maxBatch)
{
    private readonly Lock _gate = new();
    private List<Pending> _open = [];
    private bool _running;

    public Task<TResult> Call(TRequest request)
    {
        var pending = new Pending(request);
        lock (_gate)
        {
            _open.Add(pending);
            if (!_running)
            {
                _running = true;

                // Off the calling grain's scheduler: the loop outlives the call that started it.
                _ = Task.Run(Loop);
            }
        }

        return pending.Done.Task;
    }

    private async Task Loop()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_open.Count == 0)
                {
                    _running = false;
                    return;
                }

                if (_open.Count <= maxBatch)
                {
                    (batch, _open) = (_open, []);
                }
                else
                {
                    batch = _open.GetRange(0, maxBatch);
                    _open.RemoveRange(0, maxBatch);
                }
            }

            try
            {
                var results = await run(batch.ConvertAll(p => p.Request)).ConfigureAwait(false);
                if (results.Length != batch.Count)
                {
                    throw new InvalidOperationException($"A batch of {batch.Count} requests got {results.Length} results.");
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.SetResult(results[i]);
                }
            }
            catch (Exception ex)
            {
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(ex);
                }
            }
        }
    }

    private sealed class Pending(TRequest request)
    {
        public TRequest Request { get; } = request;

        // Callers resume on their own schedulers, never inline on the loop that serves the next batch.
        public TaskCompletionSource<TResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
