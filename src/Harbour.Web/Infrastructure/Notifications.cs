using Harbour.Core.Notifications;

namespace Harbour.Web.Infrastructure;

public static class Notifications
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// GOV.UK Notify when <c>Notifications:GovukNotify:ApiKey</c> is set; otherwise the local outbox under the
    /// data folder, which administrators read on the Outbox page.
    /// </summary>
    public static IServiceCollection AddHarbourNotifications(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var harbour = configuration.GetSection(HarbourOptions.SectionName).Get<HarbourOptions>() ?? new HarbourOptions();
        var outboxDirectory = configuration[$"{SectionName}:OutboxDirectory"]
            ?? Path.Combine(Path.GetFullPath(harbour.DataDirectory, environment.ContentRootPath), "outbox");
        var outbox = new LocalOutbox(outboxDirectory);
        services.AddSingleton(outbox);

        var apiKey = configuration[$"{SectionName}:GovukNotify:ApiKey"];
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            services.AddSingleton<INotificationSender>(outbox);
        }
        else
        {
            var templates = configuration.GetSection($"{SectionName}:GovukNotify:Templates").Get<Dictionary<string, string>>() ?? [];
            var missing = NotificationTemplates.All.Select(t => t.Key).Where(key => !templates.ContainsKey(key)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"GOV.UK Notify is configured but has no template id for: {string.Join(", ", missing)}. "
                    + $"Set {SectionName}:GovukNotify:Templates:<key> for each.");
            }

            services.AddSingleton<INotificationSender>(new GovukNotifySender(apiKey, templates));
        }

        services.AddScoped<NotificationService>();
        return services;
    }

    public static bool UsesGovukNotify(this IServiceProvider services) =>
        services.GetRequiredService<INotificationSender>() is GovukNotifySender;
}
