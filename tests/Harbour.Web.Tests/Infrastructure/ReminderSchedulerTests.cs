using Harbour.Core.Accounts;
using Harbour.Core.Concerns;
using Harbour.Testing;
using Harbour.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Web.Tests.Infrastructure;

public sealed class ReminderSchedulerTests
{
    [Theory]
    [InlineData("2026-11-24T05:59:00Z", 1)]
    [InlineData("2026-11-24T06:00:00Z", 24 * 60)]
    [InlineData("2026-11-24T18:30:00Z", 11 * 60 + 30)]
    public void UntilNextRun_IsTheNextSixOClockUtc(string now, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), ReminderScheduler.UntilNextRun(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(6, 0)));

    [Fact]
    public async Task RunOnce_EmailsTheOverdueTaskToItsAssigneeThroughTheOutbox_AndOnlyOnce()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        await using var factory = new HarbourWebFactory { Time = time };
        var responder = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder], "southampton-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, responder, AgeGroup.Child);
        using (var client = factory.CreateClientAs(responder))
        {
            await Forms.StepAsync(client, $"/cases/{reference}/nrm", "Start", []);
        }

        time.Advance(TimeSpan.FromDays(3));
        var scheduler = factory.Services.GetRequiredService<ReminderScheduler>();
        var first = await scheduler.RunOnceAsync(CancellationToken.None);
        var second = await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.True(first.Created >= 2);
        Assert.Equal(0, second.Created);
        var messages = Directory.GetFiles(factory.OutboxDirectory, "*.json").Select(File.ReadAllText).ToList();
        Assert.Equal(first.Emails, messages.Count);
        Assert.Contains(messages, m => m.Contains(responder.Email, StringComparison.Ordinal) && m.Contains("A case task is overdue", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains($"/cases/{reference}#tasks", StringComparison.Ordinal));
    }
}
