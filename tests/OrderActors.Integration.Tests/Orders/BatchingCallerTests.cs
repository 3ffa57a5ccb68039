using OrderActors.Grains.Storage;

namespace OrderActors.Integration.Tests.Orders;

/// <summary>The silo-wide batching under the order state store: who waits for whom, and who gets which answer.</summary>
public sealed class BatchingCallerTests
{
    [Fact]
    public async Task Calls_made_while_a_batch_is_in_flight_go_out_together_up_to_the_cap_and_each_caller_gets_its_own_answer()
    {
        var batches = new List<int[]>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var caller = new BatchingCaller<int, string>(async requests =>
        {
            batches.Add([.. requests]);
            started.TrySetResult();
            await release.Task;
            return [.. requests.Select(r => $"answer {r}")];
        }, maxBatch: 30);

        var first = caller.Call(0);
        await started.Task;
        var waiting = Enumerable.Range(1, 50).Select(caller.Call).ToArray();
        release.SetResult();

        Assert.Equal("answer 0", await first);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"answer {i}"), await Task.WhenAll(waiting));
        Assert.Equal([[0], [.. Enumerable.Range(1, 30)], [.. Enumerable.Range(31, 20)]], batches);
    }

    [Fact]
    public async Task A_failed_batch_fails_every_caller_in_it_and_the_next_batch_still_runs()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var caller = new BatchingCaller<int, int>(async requests =>
        {
            started.TrySetResult();
            await release.Task;

            // A negative request stands for a statement error: the whole batch fails, its other callers too.
            return requests.Any(r => r < 0) ? throw new InvalidOperationException("statement failed") : [.. requests];
        }, maxBatch: 100);

        var inFlight = caller.Call(1);
        await started.Task;
        var batched = new[] { caller.Call(5), caller.Call(-2) };
        release.SetResult();

        Assert.Equal(1, await inFlight);
        foreach (var call in batched)
        {
            Assert.Equal("statement failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => call)).Message);
        }

        Assert.Equal(7, await caller.Call(7));
    }
}
