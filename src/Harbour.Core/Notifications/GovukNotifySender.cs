using Notify.Client;

namespace Harbour.Core.Notifications;

/// <summary>
/// Sends through GOV.UK Notify. Each Harbour template is a Notify email template whose id is configured under
/// <c>Notifications:GovukNotify:Templates:&lt;key&gt;</c>, with the same ((placeholders)).
/// </summary>
public sealed class GovukNotifySender(string apiKey, IReadOnlyDictionary<string, string> templateIds) : INotificationSender
{
    private readonly NotificationClient client = new(apiKey);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!templateIds.TryGetValue(message.Template.Key, out var templateId))
        {
            throw new InvalidOperationException(
                $"No GOV.UK Notify template is configured for '{message.Template.Key}'. Set Notifications:GovukNotify:Templates:{message.Template.Key}.");
        }

        var personalisation = message.Personalisation.ToDictionary(p => p.Key, p => (dynamic)p.Value);
        await client.SendEmailAsync(message.To, templateId, personalisation, clientReference: message.Id.ToString());
    }
}
