using OrderActors.Grains.Storage;

namespace OrderActors.Grains.ReadModel;

/// <summary>
/// Group commit shared by every grain of a silo, for rows whose callers only wait for "durable": rows added while a
/// write is in flight go out together in the next write (at most <see cref="MaxBatch"/> per write); each caller's task
/// completes when its row is durable, or fails with the batch. The loop is <see cref="BatchingCaller{TRequest, TResult}"/>'s,
/// with no answer per row. Thread-safe, unlike the per-grain <see cref="Inventory.GroupCommit{T}"/>.
/// </summary>
internal sealed class BatchingWriter<T>
{
    // Keeps one statement bounded in size and time however far a burst runs ahead of the database.
    private const int MaxBatch = 2_000;

    private readonly BatchingCaller<T, bool> _calls;

    public BatchingWriter(Func<IReadOnlyList<T>, Task> write) =>
        _calls = new BatchingCaller<T, bool>(async batch =>
        {
            await write(batch).ConfigureAwait(false);
            return new bool[batch.Count];
        }, MaxBatch);

    public Task Add(T item) => _calls.Call(item);
}
