using Harbour.Core.Notifications;
using Harbour.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Web.Tests.Infrastructure;

public sealed class NotificationConfigurationTests
{
    private static readonly string NotifyKey = $"harbour_test-{Guid.NewGuid()}-{Guid.NewGuid()}";

    [Fact]
    public async Task WithoutAnApiKey_EmailGoesToTheLocalOutbox()
    {
        await using var factory = new HarbourWebFactory();
        _ = factory.CreateClient();

        Assert.IsType<LocalOutbox>(factory.Services.GetRequiredService<INotificationSender>());
    }

    [Fact]
    public async Task WithAnApiKeyAndTemplates_EmailGoesThroughGovukNotify()
    {
        await using var factory = new HarbourWebFactory()
            .WithSetting("Notifications:GovukNotify:ApiKey", NotifyKey)
            .WithSetting("Notifications:GovukNotify:Templates:invitation", Guid.NewGuid().ToString())
            .WithSetting("Notifications:GovukNotify:Templates:break-glass", Guid.NewGuid().ToString())
            .WithSetting("Notifications:GovukNotify:Templates:reminder", Guid.NewGuid().ToString())
            .WithSetting("Notifications:GovukNotify:Templates:support-referral", Guid.NewGuid().ToString());
        _ = factory.CreateClient();

        Assert.IsType<GovukNotifySender>(factory.Services.GetRequiredService<INotificationSender>());
    }

    [Fact]
    public async Task WithAnApiKeyButNoTemplates_StartUpSaysWhatIsMissing()
    {
        await using var factory = new HarbourWebFactory().WithSetting("Notifications:GovukNotify:ApiKey", NotifyKey);

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("invitation, break-glass", error.Message, StringComparison.Ordinal);
    }
}
