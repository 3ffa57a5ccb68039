using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderActors.Domain.Channels;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels;

/// <summary>
/// One shop's connector, for any platform with an <see cref="IPlatformAdapter"/>. A pull plans windows
/// from the checkpoint (with overlap), pages each window in the direction the platform advises, reads
/// full detail where the list is partial and hands each order to its order grain (newer-wins, so
/// overlaps and repeats are harmless), then moves the checkpoint past the windows pulled completely
/// and writes it: a silo lost mid-pull resumes from the last committed window. Tokens are kept
/// encrypted in the grain state and in clear only in this activation's memory.
/// </summary>
internal sealed partial class ChannelConnectorGrain(
    [PersistentState("connector", OrleansNames.GrainStorage)] IPersistentState<ConnectorState> state,
    PlatformAdapters adapters,
    TokenProtector protector,
    ChannelOrderStore received,
    ShopRegistry shops,
    Alerts.SilencePolicies silencePolicies,
    IOptions<ConnectorOptions> options,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<ChannelConnectorGrain> logger) : Grain, IChannelConnectorGrain, IRemindable
{
    private const string PullReminder = "pull";
    private const string ReconcileReminder = "reconcile";

    private ShopConnection? _clear;

    private ConnectorState S => state.State;

    private ConnectorOptions O => options.Value;

    private (SalesChannel Channel, string Shop) Key
    {
        get
        {
            var parts = this.GetPrimaryKeyString().Split(':', 2);
            return (SalesChannels.TryParse(parts[0], out var channel) ? channel.Value : SalesChannel.Web, parts[1]);
        }
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Connection is { } stored)
        {
            if (S.TokensProtected)
            {
                _clear = Unprotect(stored);
            }
            else if (protector.IsConfigured)
            {
                // Written before tokens were encrypted: encrypt it now.
                _clear = stored;
                S.Connection = Protect(stored);
                S.TokensProtected = true;
                await state.WriteStateAsync(cancellationToken);
            }
            else
            {
                _clear = stored;
            }
        }

        await base.OnActivateAsync(cancellationToken);
    }

    async Task<string?> IChannelConnectorGrain.Configure(ShopConnection connection)
    {
        if (!adapters.Serves(Key.Channel))
        {
            return $"Channel '{Key.Channel.Code()}' has no connector.";
        }

        if (!protector.IsConfigured)
        {
            return $"This silo has no key to encrypt tokens at rest ({TokenProtectionOptions.Section}:TokenKeys); tokens are not stored in clear.";
        }

        if (string.IsNullOrWhiteSpace(connection.AccessToken))
        {
            return "accessToken is required.";
        }

        if (connection.PullInterval < TimeSpan.FromMinutes(1) || connection.PullInterval > TimeSpan.FromDays(1))
        {
            return "pullInterval must be between 1 minute and 1 day.";
        }

        if (connection.SilenceThreshold is { } threshold && (threshold < TimeSpan.FromMinutes(1) || threshold > TimeSpan.FromDays(7)))
        {
            return "silenceThreshold must be between 1 minute and 7 days.";
        }

        _clear = connection;
        S.Connection = Protect(connection);
        S.TokensProtected = true;
        S.CircuitOpenUntil = null;
        S.TokenProblem = null;
        S.ConnectedAt ??= time.GetUtcNow();
        await state.WriteStateAsync();
        // On the shop list before the API answers, so a shop it confirmed is listed (a failure fails the call; a retry repeats it).
        await shops.Register(Key.Channel.Code(), Key.Shop, S.ConnectedAt.Value);
        if (connection.Enabled)
        {
            await this.RegisterOrUpdateReminder(PullReminder, TimeSpan.FromSeconds(30), connection.PullInterval);
            await this.RegisterOrUpdateReminder(ReconcileReminder, ReconciliationSchedule.DueIn(time.GetUtcNow(), O.ReconcileOn, O.ReconcileAt), O.ReconcileEvery);
        }
        else
        {
            foreach (var name in (string[])[PullReminder, ReconcileReminder])
            {
                if (await this.GetReminder(name) is { } reminder)
                {
                    await this.UnregisterReminder(reminder);
                }
            }
        }

        return null;
    }

    Task<ConnectorHealth> IChannelConnectorGrain.GetHealth() => Task.FromResult(Health());

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (_clear is not { Enabled: true })
        {
            return;
        }

        if (reminderName == PullReminder)
        {
            await ((IChannelConnectorGrain)this).PullNow();
        }
        else if (reminderName == ReconcileReminder)
        {
            var (from, to) = ReconciliationSchedule.LastDays(time.GetUtcNow(), O.ReconcileDays);
            await ((IChannelConnectorGrain)this).Reconcile(from, to);
        }
    }

    async Task<PullReport> IChannelConnectorGrain.PullNow()
    {
        var run = new PullRun(time.GetUtcNow(), S.Checkpoint);
        if (_clear is null)
        {
            return run.Report(S.Checkpoint, "The shop is not configured.");
        }

        if (S.CircuitOpenUntil is { } until && until > run.StartedAt)
        {
            return run.Report(S.Checkpoint, $"Paused after {S.ConsecutiveFailures} failures until {until:O}.");
        }

        if (adapters.For(Key.Channel, out var problem) is not { } adapter)
        {
            return run.Report(S.Checkpoint, problem);
        }

        string? error = null;
        try
        {
            if (_clear.AccessTokenExpiresAt - run.StartedAt < O.RefreshAhead && _clear.RefreshToken is not null && S.TokenProblem is null)
            {
                await TryRefresh(adapter, run);
            }

            var plan = PullWindowPlanner.Plan(adapter.Rules, S.Checkpoint, run.StartedAt, _clear.FirstPullFrom ?? run.StartedAt.AddDays(-1));
            if (plan.LookbackGap is { } lost)
            {
                LogLookbackGap(this.GetPrimaryKeyString(), lost.Start, lost.End);
            }

            var pulls = new List<WindowPull>();
            foreach (var window in plan.Windows)
            {
                pulls.Add(await PullWindow(adapter, window, run));
                run.Windows++;
                S.Checkpoint = PullCheckpoint.Advance(S.Checkpoint, pulls);
                await state.WriteStateAsync();
            }

            (S.ConsecutiveFailures, S.LastError, S.LastSuccessAt) = (0, null, run.StartedAt);
        }
        catch (Exception ex) when (ex is PlatformCallException or HttpRequestException or TaskCanceledException)
        {
            error = ex.Message;
            S.ConsecutiveFailures++;
            S.FailedPulls++;
            S.LastError = ex.Message;
            if (S.ConsecutiveFailures >= O.FailuresBeforeCircuitOpens)
            {
                S.CircuitOpenUntil = time.GetUtcNow() + O.CircuitOpenFor;
            }

            LogPullFailed(ex, this.GetPrimaryKeyString(), S.ConsecutiveFailures);
        }

        S.LastPullAt = run.StartedAt;
        await WatchSilence(time.GetUtcNow());
        S.OrdersPulled += run.Trades;
        (S.OrdersCreated, S.OrdersUpdated, S.OrdersRejected) = (S.OrdersCreated + run.Created, S.OrdersUpdated + run.Updated, S.OrdersRejected + run.Rejected.Count);
        await state.WriteStateAsync();
        return run.Report(S.Checkpoint, error);
    }

    /// <summary>
    /// Pages one window. Backwards (last page first) where the platform advises it, so orders modified
    /// meanwhile move towards pages already read rather than past pages not read yet; that needs the
    /// total from a first call. Forwards otherwise, until the platform says there is no next page.
    /// </summary>
    private async Task<WindowPull> PullWindow(IPlatformAdapter adapter, PullWindow window, PullRun run)
    {
        var pull = WindowPull.Start(window);
        if (adapter.Paging == PagingDirection.Backward)
        {
            var first = await Call(adapter, run, token => adapter.ListModifiedAsync(token, window, 1));
            var total = first.TotalResults ?? first.Orders.Count;
            var pages = (int)Math.Max(1, (total + adapter.PageSize - 1) / adapter.PageSize);
            pull = pull.WithTotalPages(pages);
            for (var page = pages; page >= 1; page--)
            {
                var data = pages == 1 ? first : await Call(adapter, run, token => adapter.ListModifiedAsync(token, window, page));
                await ImportAll(adapter, run, data.Orders);
                pull = pull.WithPageCommitted(page);
            }

            return pull;
        }

        for (var page = 1; ; page++)
        {
            var data = await Call(adapter, run, token => adapter.ListModifiedAsync(token, window, page));
            await ImportAll(adapter, run, data.Orders);
            pull = pull.WithPageCommitted(page);
            if (!data.HasNext || data.Orders.Count == 0)
            {
                return pull.WithTotalPages(page);
            }
        }
    }

    /// <summary>Imports a page and records what each order came to in <c>channel_orders</c> before the page counts as committed.</summary>
    private async Task ImportAll(IPlatformAdapter adapter, PullRun run, IReadOnlyList<PlatformListing> listings)
    {
        var page = new List<ReceivedOrder>(listings.Count);

        // A page may repeat an order (duplicate pages, or an order modified while paging): read it once per page.
        foreach (var listing in listings.DistinctBy(l => l.PlatformOrderId, StringComparer.Ordinal))
        {
            page.Add(await Import(adapter, run, listing));
        }

        await received.Record(Key.Channel.Code(), Key.Shop, page);
    }

    private async Task<ReceivedOrder> Import(IPlatformAdapter adapter, PullRun run, PlatformListing listing)
    {
        run.Trades++;
        var update = listing.Full ?? await Call(adapter, run, token => adapter.GetOrderAsync(token, listing));
        var id = new OrderId(Key.Channel, Key.Shop, listing.PlatformOrderId).ToString();
        var result = await GrainFactory.GetGrain<IOrderGrain>(id).ApplyPlatformUpdate(update);
        var outcome = ReceivedOutcome.Recorded;
        switch (result.Outcome)
        {
            case PlatformUpdateOutcome.Created:
                run.Created++;
                S.LastNewOrderAt = time.GetUtcNow();
                break;
            case PlatformUpdateOutcome.Updated: run.Updated++; break;
            case PlatformUpdateOutcome.Unchanged: run.Unchanged++; break;
            case PlatformUpdateOutcome.Ignored:
                run.Ignored++;
                outcome = ReceivedOutcome.Ignored;
                break;
            case PlatformUpdateOutcome.Rejected:
                run.Rejected.Add(new RejectedTrade(listing.PlatformOrderId, result.Detail ?? "rejected"));
                outcome = ReceivedOutcome.Rejected;
                break;
        }

        return new ReceivedOrder(listing.PlatformOrderId, listing.CreatedAt ?? update.CreatedAt, update.ModifiedAt, outcome, result.Detail);
    }

    /// <summary>One platform call: refresh the token once on an auth error, back off with jitter when throttled or failing.</summary>
    private async Task<T> Call<T>(IPlatformAdapter adapter, PullRun run, Func<string, Task<T>> call)
    {
        var refreshed = false;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(_clear!.AccessToken);
            }
            catch (PlatformCallException ex) when (ex.ErrorClass == PlatformErrorClass.AuthExpired && !refreshed && _clear!.RefreshToken is not null)
            {
                refreshed = true;
                if (!await TryRefresh(adapter, run))
                {
                    throw;
                }
            }
            catch (Exception ex) when (attempt < O.Attempts && ex is PlatformCallException { ErrorClass: PlatformErrorClass.Retryable } or HttpRequestException)
            {
                var throttled = ex is PlatformCallException { HttpStatus: null or < 500 } platform && platform.Code is not ("transport" or "timeout");
                S.Retries++;
                S.Throttled += throttled ? 1 : 0;
                var backoff = throttled ? O.ThrottleDelay * attempt : O.RetryDelay * (1 << (attempt - 1));
                await Task.Delay(backoff + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100)));
            }
        }
    }

    /// <summary>
    /// Refresh tokens are often single-use: the new pair is written before anything uses it. A refresh
    /// the platform refuses marks the shop unhealthy with the reason (the seller must authorise again);
    /// pulling goes on with the old token for as long as the platform takes it.
    /// </summary>
    private async Task<bool> TryRefresh(IPlatformAdapter adapter, PullRun run)
    {
        try
        {
            var token = await adapter.RefreshAsync(_clear!.RefreshToken!);
            _clear = _clear with
            {
                AccessToken = token.AccessToken,
                AccessTokenExpiresAt = token.ExpiresAt,
                RefreshToken = token.RefreshToken ?? _clear.RefreshToken,
            };
            S.Connection = Protect(_clear);
            S.TokenProblem = null;
            await state.WriteStateAsync();
            run.TokenRefreshed = true;
            LogRefreshed(this.GetPrimaryKeyString(), token.ExpiresAt);
            return true;
        }
        catch (PlatformCallException ex) when (ex.ErrorClass is PlatformErrorClass.AuthExpired or PlatformErrorClass.Permanent)
        {
            await AlertTokenProblem(ex.Message, time.GetUtcNow());
            S.TokenProblem = string.Create(CultureInfo.InvariantCulture, $"The token could not be refreshed at {time.GetUtcNow():O}: {ex.Message}. The seller has to authorise the app again.");
            await state.WriteStateAsync();
            LogRefreshFailed(ex, this.GetPrimaryKeyString());
            return false;
        }
    }

    private ShopConnection Protect(ShopConnection clear)
    {
        var scope = this.GetPrimaryKeyString();
        return clear with
        {
            AccessToken = protector.Protect(clear.AccessToken, scope),
            RefreshToken = clear.RefreshToken is null ? null : protector.Protect(clear.RefreshToken, scope),
            WebhookSecret = clear.WebhookSecret is null ? null : protector.Protect(clear.WebhookSecret, scope),
        };
    }

    private ShopConnection? Unprotect(ShopConnection stored)
    {
        var scope = this.GetPrimaryKeyString();
        try
        {
            return stored with
            {
                AccessToken = protector.Unprotect(stored.AccessToken, scope),
                RefreshToken = stored.RefreshToken is null ? null : protector.Unprotect(stored.RefreshToken, scope),
                WebhookSecret = stored.WebhookSecret is null ? null : protector.Unprotect(stored.WebhookSecret, scope),
            };
        }
        catch (CryptographicException ex)
        {
            // Without the key the tokens are lost to us: the shop shows as needing a new authorisation.
            S.TokenProblem = $"The stored tokens cannot be decrypted on this silo ({ex.Message}); connect the shop again.";
            LogUndecryptable(ex, this.GetPrimaryKeyString());
            return null;
        }
    }

    private ConnectorHealth Health()
    {
        var (channel, shop) = Key;
        var now = time.GetUtcNow();
        var configured = S.Connection is not null;
        var healthy = _clear is not null && S.ConsecutiveFailures == 0 && S.TokenProblem is null
            && (_clear.AccessTokenExpiresAt > now || _clear.RefreshToken is not null);
        return new ConnectorHealth(
            channel.Code(), shop, configured, healthy, S.Checkpoint, S.LastPullAt, S.LastSuccessAt, S.LastError,
            S.ConsecutiveFailures, S.CircuitOpenUntil, _clear?.AccessTokenExpiresAt, S.OrdersCreated, S.OrdersUpdated, S.OrdersRejected,
            S.Connection?.PullInterval ?? TimeSpan.Zero, S.OrdersPulled, S.Checkpoint is { } checkpoint ? now - checkpoint : null,
            S.LastNewOrderAt, S.Retries, S.Throttled, S.FailedPulls, S.TokenProblem, OpenAlert().Alert, OpenAlert().Since,
            S.LastReconciledAt, S.LastReconciliationMatched);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Connector}: the token refresh was refused; the seller must authorise again")]
    private partial void LogRefreshFailed(Exception ex, string connector);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Connector}: stored tokens cannot be decrypted")]
    private partial void LogUndecryptable(Exception ex, string connector);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: reconciliation could not finish")]
    private partial void LogReconcileFailed(Exception ex, string connector);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Connector}: reconciled {From} to {To}: {Missing} missing, {Repaired} repaired")]
    private partial void LogReconciled(string connector, DateOnly from, DateOnly to, int missing, int repaired);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: changes between {From} and {To} are older than the platform serves and cannot be pulled")]
    private partial void LogLookbackGap(string connector, DateTimeOffset from, DateTimeOffset to);
}
