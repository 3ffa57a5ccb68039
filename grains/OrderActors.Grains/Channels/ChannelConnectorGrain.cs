using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using OrderActors.Domain.Channels;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Grains.Channels.Taobao;

namespace OrderActors.Grains.Channels;

/// <summary>
/// One shop's connector (Taobao/Tmall over TOP for now). A pull plans windows from the checkpoint
/// (with overlap), pages each window from the last page backwards as TOP advises, fetches full detail
/// per trade and hands it to the order grain (newer-wins, so overlaps and repeats are harmless), then
/// moves the checkpoint past the windows that were pulled completely and writes it: a silo lost
/// mid-pull resumes from the last committed window.
/// </summary>
internal sealed partial class ChannelConnectorGrain(
    [PersistentState("connector", OrleansNames.GrainStorage)] IPersistentState<ConnectorState> state,
    TopClientFactory clients,
    TimeProvider time,
    ILogger<ChannelConnectorGrain> logger) : Grain, IChannelConnectorGrain, IRemindable
{
    private const string PullReminder = "pull";
    private const int PageSize = 100;
    private const int Attempts = 4;
    private const int FailuresBeforeCircuitOpens = 5;
    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan CircuitOpenFor = TimeSpan.FromMinutes(5);

    private ConnectorState S => state.State;

    private (SalesChannel Channel, string Shop) Key
    {
        get
        {
            var parts = this.GetPrimaryKeyString().Split(':', 2);
            return (SalesChannels.TryParse(parts[0], out var channel) ? channel.Value : SalesChannel.Web, parts[1]);
        }
    }

    async Task<string?> IChannelConnectorGrain.Configure(ShopConnection connection)
    {
        if (Key.Channel is not (SalesChannel.Taobao or SalesChannel.Tmall))
        {
            return $"Channel '{Key.Channel.Code()}' has no connector yet; Taobao and Tmall do.";
        }

        if (string.IsNullOrWhiteSpace(connection.AccessToken))
        {
            return "accessToken is required.";
        }

        if (connection.PullInterval < TimeSpan.FromMinutes(1) || connection.PullInterval > TimeSpan.FromDays(1))
        {
            return "pullInterval must be between 1 minute and 1 day.";
        }

        S.Connection = connection;
        S.CircuitOpenUntil = null;
        await state.WriteStateAsync();
        if (connection.Enabled)
        {
            await this.RegisterOrUpdateReminder(PullReminder, TimeSpan.FromSeconds(30), connection.PullInterval);
        }
        else if (await this.GetReminder(PullReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        return null;
    }

    Task<ConnectorHealth> IChannelConnectorGrain.GetHealth() => Task.FromResult(Health());

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == PullReminder && S.Connection is { Enabled: true })
        {
            await ((IChannelConnectorGrain)this).PullNow();
        }
    }

    async Task<PullReport> IChannelConnectorGrain.PullNow()
    {
        var run = new PullRun(time.GetUtcNow(), S.Checkpoint);
        if (S.Connection is null)
        {
            return run.Report(S.Checkpoint, "The shop is not configured.");
        }

        if (S.CircuitOpenUntil is { } until && until > run.StartedAt)
        {
            return run.Report(S.Checkpoint, $"Paused after {S.ConsecutiveFailures} failures until {until:O}.");
        }

        var client = clients.Create();
        if (client is null)
        {
            return run.Report(S.Checkpoint, "The Taobao app (OrderActors:Channels:Taobao) is not configured on this silo.");
        }

        string? error = null;
        try
        {
            if (S.Connection.AccessTokenExpiresAt - run.StartedAt < RefreshAhead && S.Connection.RefreshToken is not null)
            {
                await Refresh(client, run);
            }

            var plan = PullWindowPlanner.Plan(PlatformPullRules.Taobao, S.Checkpoint, run.StartedAt, S.Connection.FirstPullFrom ?? run.StartedAt.AddDays(-1));
            var pulls = new List<WindowPull>();
            foreach (var window in plan.Windows)
            {
                pulls.Add(await PullWindow(client, window, run));
                run.Windows++;
                S.Checkpoint = PullCheckpoint.Advance(S.Checkpoint, pulls);
                await state.WriteStateAsync();
            }

            (S.ConsecutiveFailures, S.LastError, S.LastSuccessAt) = (0, null, run.StartedAt);
        }
        catch (Exception ex) when (ex is TopException or HttpRequestException or TaskCanceledException)
        {
            error = ex.Message;
            S.ConsecutiveFailures++;
            S.LastError = ex.Message;
            if (S.ConsecutiveFailures >= FailuresBeforeCircuitOpens)
            {
                S.CircuitOpenUntil = time.GetUtcNow() + CircuitOpenFor;
            }

            LogPullFailed(ex, this.GetPrimaryKeyString(), S.ConsecutiveFailures);
        }

        S.LastPullAt = run.StartedAt;
        (S.OrdersCreated, S.OrdersUpdated, S.OrdersRejected) = (S.OrdersCreated + run.Created, S.OrdersUpdated + run.Updated, S.OrdersRejected + run.Rejected.Count);
        await state.WriteStateAsync();
        return run.Report(S.Checkpoint, error);
    }

    /// <summary>Pages the window from the last page to the first, as TOP advises, so trades modified meanwhile are not skipped.</summary>
    private async Task<WindowPull> PullWindow(TopClient client, PullWindow window, PullRun run)
    {
        var first = await Call(client, run, session => client.GetSoldIncrementAsync(session, window, 1, PageSize, useHasNext: false));
        var pages = (int)Math.Max(1, ((first.TotalResults ?? first.Trades.Count) + PageSize - 1) / PageSize);
        var pull = WindowPull.Start(window).WithTotalPages(pages);
        for (var page = pages; page >= 1; page--)
        {
            var data = pages == 1 ? first : await Call(client, run, session => client.GetSoldIncrementAsync(session, window, page, PageSize, useHasNext: false));
            foreach (var trade in data.Trades)
            {
                await Import(client, run, trade.Tid);
            }

            pull = pull.WithPageCommitted(page);
        }

        return pull;
    }

    private async Task Import(TopClient client, PullRun run, long tid)
    {
        run.Trades++;
        var detail = await Call(client, run, session => client.GetFullInfoAsync(session, tid));
        var id = new OrderId(Key.Channel, Key.Shop, tid.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
        var result = await GrainFactory.GetGrain<IOrderGrain>(id).ApplyPlatformUpdate(detail.ToUpdate());
        switch (result.Outcome)
        {
            case PlatformUpdateOutcome.Created: run.Created++; break;
            case PlatformUpdateOutcome.Updated: run.Updated++; break;
            case PlatformUpdateOutcome.Unchanged: run.Unchanged++; break;
            case PlatformUpdateOutcome.Ignored: run.Ignored++; break;
            case PlatformUpdateOutcome.Rejected: run.Rejected.Add(new RejectedTrade(tid.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Detail ?? "rejected")); break;
        }
    }

    /// <summary>One platform call: refresh the token once on an auth error, back off with jitter when throttled or failing.</summary>
    private async Task<T> Call<T>(TopClient client, PullRun run, Func<string, Task<T>> call)
    {
        var refreshed = false;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(S.Connection!.AccessToken);
            }
            catch (TopException ex) when (ex.ErrorClass == PlatformErrorClass.AuthExpired && !refreshed && S.Connection!.RefreshToken is not null)
            {
                await Refresh(client, run);
                refreshed = true;
            }
            catch (Exception ex) when (attempt < Attempts && ex is TopException { ErrorClass: PlatformErrorClass.Retryable } or HttpRequestException)
            {
                var backoff = TimeSpan.FromMilliseconds((100 << attempt) + Random.Shared.Next(0, 100));
                await Task.Delay(backoff, time);
            }
        }
    }

    /// <summary>Refresh tokens are single-use: the new pair is written before anything uses it.</summary>
    private async Task Refresh(TopClient client, PullRun run)
    {
        var token = await client.RefreshTokenAsync(S.Connection!.RefreshToken!);
        S.Connection = S.Connection with
        {
            AccessToken = token.AccessToken,
            AccessTokenExpiresAt = token.ExpiresAt,
            RefreshToken = token.RefreshToken ?? S.Connection.RefreshToken,
        };
        await state.WriteStateAsync();
        run.TokenRefreshed = true;
        LogRefreshed(this.GetPrimaryKeyString(), token.ExpiresAt);
    }

    private ConnectorHealth Health()
    {
        var (channel, shop) = Key;
        var now = time.GetUtcNow();
        var healthy = S.Connection is not null && S.ConsecutiveFailures == 0 && (S.Connection.AccessTokenExpiresAt > now || S.Connection.RefreshToken is not null);
        return new ConnectorHealth(
            channel.Code(), shop, S.Connection is not null, healthy, S.Checkpoint, S.LastPullAt, S.LastSuccessAt, S.LastError,
            S.ConsecutiveFailures, S.CircuitOpenUntil, S.Connection?.AccessTokenExpiresAt, S.OrdersCreated, S.OrdersUpdated, S.OrdersRejected,
            S.Connection?.PullInterval ?? TimeSpan.Zero);
    }

    private sealed class PullRun(DateTimeOffset startedAt, DateTimeOffset? checkpointBefore)
    {
        public DateTimeOffset StartedAt { get; } = startedAt;

        public int Windows { get; set; }

        public int Trades { get; set; }

        public int Created { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int Ignored { get; set; }

        public List<RejectedTrade> Rejected { get; } = [];

        public bool TokenRefreshed { get; set; }

        public PullReport Report(DateTimeOffset? checkpointAfter, string? error) => new(
            StartedAt, Windows, Trades, Created, Updated, Unchanged, Ignored, [.. Rejected], checkpointBefore, checkpointAfter, TokenRefreshed, error);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: pull failed ({Failures} in a row)")]
    private partial void LogPullFailed(Exception ex, string connector, int failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Connector}: access token refreshed, valid until {ExpiresAt}")]
    private partial void LogRefreshed(string connector, DateTimeOffset expiresAt);
}
