using System.Text.RegularExpressions;

namespace Harbour.Core.Notifications;

/// <summary>One email to one person, with the template's placeholders filled in.</summary>
public sealed record EmailMessage(
    Guid Id,
    DateTime CreatedAt,
    string To,
    NotificationTemplate Template,
    IReadOnlyDictionary<string, string> Personalisation)
{
    public string Subject => Fill(Template.Subject);

    public string Body => Fill(Template.Body);

    private string Fill(string text) =>
        PlaceholderPattern().Replace(text, match =>
            Personalisation.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);

    private static Regex PlaceholderPattern() => NotificationRegex.Placeholder();
}

internal static partial class NotificationRegex
{
    [GeneratedRegex(@"\(\(([a-z]+)\)\)")]
    public static partial Regex Placeholder();
}

/// <summary>Delivers an email. Harbour has two: the local outbox (the default) and GOV.UK Notify.</summary>
public interface INotificationSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Builds messages from templates and hands them to the configured sender.</summary>
public sealed class NotificationService(INotificationSender sender, TimeProvider time)
{
    public async Task<EmailMessage> SendAsync(
        NotificationTemplate template,
        string emailAddress,
        IReadOnlyDictionary<string, string> personalisation,
        CancellationToken cancellationToken = default)
    {
        var message = new EmailMessage(Guid.NewGuid(), time.GetUtcNow().UtcDateTime, emailAddress, template, personalisation);
        await sender.SendAsync(message, cancellationToken);
        return message;
    }
}
