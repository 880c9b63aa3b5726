using System.Net;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Web.Tests.Concerns;

public sealed class PublicReportTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task Report_GetsAReferenceAndTheHelplineAndNothingElse()
    {
        var client = factory.CreateClient();

        var response = await Forms.PostAsync(client, "/report/online",
            [("About", "modern-slavery"), ("WhatHappened", "Men sleeping in a van behind the nail bar"), ("Area", "portsmouth"), ("WhereSeen", "Commercial Road")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlDocument.ParseAsync(response);
        Assert.Matches(@"^CON-\d{4}-\d{6}$", document.QuerySelector(".govuk-panel__body strong")!.TextContent);
        Assert.Contains("0800 012 1700", document.Text(), StringComparison.Ordinal);
        Assert.True(await factory.WithDatabaseAsync(db => db.Concerns.AnyAsync(c => c.WhereSeen == "Commercial Road")));
    }

    [Fact]
    public async Task Report_HoneypotFilled_IsThankedAndDropped()
    {
        var response = await Forms.PostAsync(factory.CreateClient(), "/report/online",
            [("About", "modern-slavery"), ("WhatHappened", "spam spam"), ("Area", "portsmouth"), ("Website", "http://spam.example")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Report sent", (await HtmlDocument.ParseAsync(response)).Text(), StringComparison.Ordinal);
        Assert.False(await factory.WithDatabaseAsync(db => db.Concerns.AnyAsync(c => c.WhatHappened == "spam spam")));
    }

    [Fact]
    public async Task Report_Empty_AsksForEachAnswer()
    {
        var response = await Forms.PostAsync(factory.CreateClient(), "/report/online", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Select what you are worried about", "Enter what you saw or heard", "Select the area where you saw it"],
            (await HtmlDocument.ParseAsync(response)).ErrorSummary());
    }
}
