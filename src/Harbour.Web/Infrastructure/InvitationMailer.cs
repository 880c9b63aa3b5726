using System.Globalization;
using Harbour.Core.Accounts;
using Harbour.Core.Notifications;
using Microsoft.Extensions.Options;

namespace Harbour.Web.Infrastructure;

/// <summary>Emails an invited user their one-time link.</summary>
public sealed class InvitationMailer(NotificationService notifications, IOptions<HarbourOptions> options, IHttpContextAccessor http)
{
    public async Task SendAsync(InvitedUser invited, string organisationName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invited);
        var request = http.HttpContext?.Request;
        var baseUrl = options.Value.BaseUrl ?? (request is null ? "" : $"{request.Scheme}://{request.Host}");
        await notifications.SendAsync(NotificationTemplates.Invitation, invited.User.Email!, new Dictionary<string, string>
        {
            ["name"] = invited.User.DisplayName,
            ["organisation"] = organisationName,
            ["link"] = $"{baseUrl.TrimEnd('/')}/account/invitation/{invited.InvitationToken}",
            ["expires"] = invited.ExpiresAt.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.GetCultureInfo("en-GB")),
        }, cancellationToken);
    }
}
