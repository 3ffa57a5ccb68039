using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrderActors.Grains.Alerts;

namespace OrderActors.Simulators.Tests.Alerts;

/// <summary>AddOrderActorsAlerts with configuration as the silo reads it ("__" in environment variables is ":" here).</summary>
public sealed class AlertRegistrationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddOrderActorsAlerts();
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private static readonly Dictionary<string, string?> Smtp = new()
    {
        ["OrderActors:Alerts:Smtp:Host"] = "smtp.seller.test",
        ["OrderActors:Alerts:Smtp:From"] = "alerts@seller.test",
        ["OrderActors:Alerts:Smtp:To:0"] = "ops@seller.test",
    };

    private static readonly Dictionary<string, string?> Webhook = new()
    {
        ["OrderActors:Alerts:Webhook:Url"] = "https://hooks.seller.test/alerts/secret-path",
        ["OrderActors:Alerts:Webhook:Secret"] = "whsec_alerts_0123456789abcdef",
    };

    [Fact]
    public void Without_configuration_no_notifier_is_active()
    {
        using var services = Services([]);

        Assert.Empty(services.GetRequiredService<AlertDispatcher>().Notifiers);
    }

    [Fact]
    public void A_notifier_is_active_only_when_its_section_is_configured()
    {
        using var webhookOnly = Services(Webhook);
        using var both = Services(new(Smtp.Concat(Webhook)));

        Assert.Equal(["webhook"], webhookOnly.GetRequiredService<AlertDispatcher>().Notifiers);
        Assert.Equal(["smtp", "webhook"], both.GetRequiredService<AlertDispatcher>().Notifiers);
    }

    [Fact]
    public void Other_registered_notifiers_receive_alerts_too_and_a_second_call_adds_nothing()
    {
        using var services = Services(Smtp, s =>
        {
            s.AddSingleton<IAlertNotifier, RecordingNotifier>();
            s.AddOrderActorsAlerts();
        });

        Assert.Equal(["smtp", "recording"], services.GetRequiredService<AlertDispatcher>().Notifiers);
    }

    [Fact]
    public void Binds_the_silence_defaults_and_per_shop_overrides()
    {
        using var services = Services(new()
        {
            ["OrderActors:Alerts:Silence:Threshold"] = "00:15:00",
            ["OrderActors:Alerts:Silence:QuietHours:0"] = "Mon-Sun 01:00-07:00",
            ["OrderActors:Alerts:Silence:QuietHours:1"] = "!2026-11-11",
            ["OrderActors:Alerts:Silence:RepeatEvery"] = "04:00:00",
            ["OrderActors:Alerts:Silence:Shops:taobao:flagship:Threshold"] = "00:30:00",
            ["OrderActors:Alerts:Silence:Shops:taobao:flagship:QuietHours:0"] = "none",
            ["OrderActors:Alerts:Silence:Shops:jd:outlet:RepeatEvery"] = "00:00:00",
        });
        var policies = services.GetRequiredService<SilencePolicies>();

        var other = policies.For("taobao", "another");
        var flagship = policies.For("taobao", "flagship");
        var outlet = policies.For("jd", "outlet");

        Assert.Equal((TimeSpan.FromMinutes(15), "Mon-Sun 01:00-07:00; !2026-11-11", TimeSpan.FromHours(4)), (other.Threshold, other.QuietHours.ToString(), other.RepeatEvery));
        Assert.Same(policies.Default, other);
        Assert.Equal((TimeSpan.FromMinutes(30), true, TimeSpan.FromHours(4)), (flagship.Threshold, flagship.QuietHours.IsEmpty, flagship.RepeatEvery));
        Assert.Equal((TimeSpan.FromMinutes(15), "Mon-Sun 01:00-07:00; !2026-11-11", (TimeSpan?)null), (outlet.Threshold, outlet.QuietHours.ToString(), outlet.RepeatEvery));
    }

    [Fact]
    public void The_defaults_are_ten_minutes_no_quiet_hours_and_no_reminders()
    {
        using var services = Services([]);
        var options = services.GetRequiredService<IOptions<AlertOptions>>().Value;
        var policy = services.GetRequiredService<SilencePolicies>().Default;

        Assert.Equal((TimeSpan.FromMinutes(10), true, (TimeSpan?)null), (policy.Threshold, policy.QuietHours.IsEmpty, policy.RepeatEvery));
        Assert.Equal((3, TimeSpan.FromSeconds(2)), (options.DeliveryAttempts, options.RetryDelay));
        Assert.Equal((SmtpSecurity.StartTls, "[OrderActors]"), (options.Smtp.Security, options.Smtp.SubjectPrefix));
    }

    [Fact]
    public void Bad_configuration_fails_naming_each_key_and_never_echoes_a_secret_or_the_url()
    {
        using var services = Services(new()
        {
            ["OrderActors:Alerts:Smtp:Host"] = "smtp.seller.test",
            ["OrderActors:Alerts:Smtp:From"] = "not an address",
            ["OrderActors:Alerts:Smtp:Password"] = "p4ss-word-secret",
            ["OrderActors:Alerts:Webhook:Url"] = "https://hooks.seller.test/alerts/secret-path",
            ["OrderActors:Alerts:Webhook:Secret"] = "short-secret",
            ["OrderActors:Alerts:Silence:QuietHours:0"] = "Mon-Sun 25:00-07:00",
            ["OrderActors:Alerts:Silence:Shops:taobao:flagship:Threshold"] = "-00:01:00",
            ["OrderActors:Alerts:DeliveryAttempts"] = "0",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AlertOptions>>().Value);

        Assert.Equal(
            [
                "OrderActors:Alerts:DeliveryAttempts must be between 1 and 10 (it is 0).",
                "OrderActors:Alerts:Smtp:From must be one e-mail address, e.g. \"OrderActors <alerts@example.com>\" (it is \"not an address\").",
                "OrderActors:Alerts:Smtp:To needs at least one address (the operations address).",
                "OrderActors:Alerts:Smtp:Password is set but OrderActors:Alerts:Smtp:UserName is not.",
                "OrderActors:Alerts:Webhook:Secret must be at least 16 bytes.",
                "OrderActors:Alerts:Silence:QuietHours: Quiet hours entry \"Mon-Sun 25:00-07:00\": the start \"25:00\" is not a time of day HH:mm from 00:00 to 23:59.",
            ],
            ex.Failures);
        Assert.DoesNotContain("p4ss-word-secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-path", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shop_override_is_checked_too()
    {
        using var services = Services(new()
        {
            ["OrderActors:Alerts:Silence:Shops:taobao:flagship:Threshold"] = "-00:01:00",
            ["OrderActors:Alerts:Silence:Shops:taobao:flagship:QuietHours:0"] = "Fri 23:00",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AlertOptions>>().Value);

        Assert.Equal(
            [
                "OrderActors:Alerts:Silence:Shops:taobao:flagship:Threshold must be positive (it is -00:01:00).",
                "OrderActors:Alerts:Silence:Shops:taobao:flagship:QuietHours: Quiet hours entry \"Fri 23:00\": \"23:00\" is not a time range HH:mm-HH:mm.",
            ],
            ex.Failures);
    }

    [Fact]
    public void Recipients_without_a_host_or_a_webhook_without_a_secret_are_refused()
    {
        using var services = Services(new()
        {
            ["OrderActors:Alerts:Smtp:To:0"] = "ops@seller.test",
            ["OrderActors:Alerts:Webhook:Url"] = "https://hooks.seller.test/alerts",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AlertOptions>>().Value);

        Assert.Equal(
            [
                "OrderActors:Alerts:Smtp:Host is required when OrderActors:Alerts:Smtp:From or :To is set.",
                "OrderActors:Alerts:Webhook:Secret is required when OrderActors:Alerts:Webhook:Url is set; set it in the environment (OrderActors__Alerts__Webhook__Secret).",
            ],
            ex.Failures);
    }

    private sealed class RecordingNotifier : IAlertNotifier
    {
        public string Name => "recording";

        public Task SendAsync(Alert alert, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
