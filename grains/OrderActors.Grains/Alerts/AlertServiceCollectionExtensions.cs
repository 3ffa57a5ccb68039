using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrderActors.Grains.Alerts;

public static class AlertServiceCollectionExtensions
{
    /// <summary>
    /// Alerting: <see cref="AlertOptions"/> bound from "OrderActors:Alerts" and validated at start,
    /// <see cref="SilencePolicies"/>, the SMTP and webhook notifiers (each only when its section is
    /// configured), and the <see cref="AlertDispatcher"/>. Further <see cref="IAlertNotifier"/>
    /// registrations (a chat notifier, a test recorder) receive every alert too. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddOrderActorsAlerts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(AlertDispatcher)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>());
        services.TryAddSingleton<SilencePolicies>();

        // Built only when configured and asked for, so a silo without a webhook never opens a client.
        services.TryAddSingleton(sp => new SmtpAlertNotifier(sp.GetRequiredService<IOptions<AlertOptions>>().Value.Smtp));
        services.TryAddSingleton(sp => new WebhookAlertNotifier(
            sp.GetRequiredService<IOptions<AlertOptions>>().Value.Webhook, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AlertOptions>>().Value;
            var notifiers = new List<IAlertNotifier>();
            if (options.Smtp.IsConfigured)
            {
                notifiers.Add(sp.GetRequiredService<SmtpAlertNotifier>());
            }

            if (options.Webhook.IsConfigured)
            {
                notifiers.Add(sp.GetRequiredService<WebhookAlertNotifier>());
            }

            notifiers.AddRange(sp.GetServices<IAlertNotifier>());
            return new AlertDispatcher(notifiers, options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AlertDispatcher>>());
        });
        return services;
    }
}
