namespace Harbour.Core.Notifications;

/// <summary>
/// An email Harbour sends. The text uses GOV.UK Notify's ((placeholder)) syntax so the same words can be pasted
/// into a Notify template; the local outbox fills the placeholders itself.
/// </summary>
public sealed record NotificationTemplate(string Key, string Subject, string Body);

public static class NotificationTemplates
{
    public static NotificationTemplate Invitation { get; } = new(
        "invitation",
        "You have been invited to Harbour",
        """
        Dear ((name)),

        You have been given a Harbour account for ((organisation)).

        To set your password and two-factor sign-in, open this link:

        ((link))

        The link works once and expires on ((expires)). If you did not expect this email, ignore it and tell your Harbour administrator.
        """);

    public static NotificationTemplate BreakGlassUsed { get; } = new(
        "break-glass",
        "A record of your organisation was opened by break glass",
        """
        ((name)) of ((organisation)) has used break glass to open ((record)), which is outside their usual access.

        Their reason: ((reason))

        Their access ends on ((expires)). The read is recorded in the Harbour audit trail. If it was not justified, tell your Harbour administrator.
        """);

    /// <summary>A deadline reminder. It names the record and the deadline, never the person: the email leaves Harbour.</summary>
    public static NotificationTemplate Reminder { get; } = new(
        "reminder",
        "Harbour reminder: ((what))",
        """
        ((what)) on ((record)): ((due)).

        Sign in to Harbour to see it:

        ((link))

        This email leaves out personal details on purpose.
        """);

    /// <summary>A referral to a support service. It names the service and the referring organisation, never the person.</summary>
    public static NotificationTemplate SupportReferral { get; } = new(
        "support-referral",
        "A referral to ((service))",
        """
        ((organisation)) has referred someone to ((service)).

        ((next))

        This email leaves out personal details on purpose.
        """);

    public static IReadOnlyList<NotificationTemplate> All { get; } = [Invitation, BreakGlassUsed, Reminder, SupportReferral];
}
