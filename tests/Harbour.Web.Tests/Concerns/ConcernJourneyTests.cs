using System.Net;
using System.Net.Http.Headers;
using Harbour.Core.Accounts;
using Harbour.Core.Concerns;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Web.Tests.Concerns;

/// <summary>A concern from first question to a shared case, through the pages, as each organisation sees it.</summary>
public sealed class ConcernJourneyTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task RaiseTriageOpenShare_PoliceSeeTheCase_AThirdOrganisationGets404()
    {
        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var analyst = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PoliceAnalyst], "hiow-constabulary");
        var outsider = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "portsmouth-city-council");
        var client = factory.CreateClientAs(referrer);

        var id = await RaiseAsync(client);
        var submit = await Forms.PostAsync(client, $"/concerns/{id}/check-answers", []);
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        var confirmation = await HtmlDocument.ParseAsync(await client.GetAsync(submit.Headers.Location!.OriginalString));
        Assert.Matches(@"CON-\d{4}-\d{6}", confirmation.QuerySelector(".govuk-panel__body strong")!.TextContent);

        // The council's lead sees it in the queue and opens a case.
        var leadClient = factory.CreateClientAs(lead);
        var queue = await HtmlDocument.ParseAsync(await leadClient.GetAsync("/triage"));
        Assert.NotNull(queue.QuerySelector($"a[href='/triage/{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs(outsider).GetAsync($"/triage/{id}")).StatusCode);
        var decided = await Forms.PostAsync(leadClient, $"/triage/{id}", [("Decision", "OpenCase"), ("Reason", "Clear indicators of forced labour")]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var casePath = decided.Headers.Location!.OriginalString;
        Assert.Matches(@"^/cases/HMS-\d{4}-\d{6}$", casePath);

        // A note, a task, then sharing with the police.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(leadClient, casePath, [("Text", "Spoke to the car wash manager <script>alert(1)</script>")], casePath + "?handler=Note")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(leadClient, casePath,
            [("Title", "Arrange interpreter"), ("DueOnDay", "1"), ("DueOnMonth", "12"), ("DueOnYear", "2030")], casePath + "?handler=Task")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(leadClient, casePath,
            [("Organisation", "hiow-constabulary"), ("Purpose", "Suspected exploiter"), ("LawfulBasis", "SafeguardingCondition")], casePath + "?handler=Share")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(leadClient, casePath,
            [("PersonRole", "AtRisk"), ("PersonGivenNames", "Elena"), ("PersonAgeGroup", "Child"), ("PersonPostcode", "so14 3ja")], casePath + "?handler=Person")).StatusCode);
        var badPerson = await Forms.PostAsync(leadClient, casePath, [("PersonRole", "AtRisk"), ("PersonPhone", "12")], casePath + "?handler=Person");
        Assert.Equal(HttpStatusCode.BadRequest, badPerson.StatusCode);
        Assert.Equal(["Enter the person's name, or a description", Identifiers.PhoneError], (await HtmlDocument.ParseAsync(badPerson)).ErrorSummary());

        var casePage = await leadClient.GetStringAsync(casePath);
        Assert.Contains("Elena", casePage, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", casePage, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClientAs(analyst).GetAsync(casePath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs(outsider).GetAsync(casePath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(casePath)).StatusCode);

        // The police analyst cannot share or close someone else's case.
        var analystClient = factory.CreateClientAs(analyst);
        var refused = await Forms.PostAsync(analystClient, casePath, [("Outcome", "x"), ("ClosureReason", "y")], casePath + "?handler=Close");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task BreakGlass_OpensTheCaseForReadingAndIsAudited()
    {
        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var outsider = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "portsmouth-city-council");
        var id = await RaiseAsync(factory.CreateClientAs(referrer));
        await Forms.PostAsync(factory.CreateClientAs(referrer), $"/concerns/{id}/check-answers", []);
        var opened = await Forms.PostAsync(factory.CreateClientAs(lead), $"/triage/{id}", [("Decision", "OpenCase"), ("Reason", "Open")]);
        var casePath = opened.Headers.Location!.OriginalString;
        var reference = casePath.Split('/').Last();
        var client = factory.CreateClientAs(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(casePath)).StatusCode);

        var tooShort = await Forms.PostAsync(client, "/cases/break-glass", [("Reference", reference), ("Reason", "urgent")]);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        var granted = await Forms.PostAsync(client, "/cases/break-glass", [("Reference", reference.ToLowerInvariant()), ("Reason", "She arrived at Portsmouth A&E asking for help tonight")]);

        Assert.Equal(casePath, granted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(casePath)).StatusCode);
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "break-glass.granted" && e.UserId == outsider.Id)));
        var note = await Forms.PostAsync(client, casePath, [("Text", "Seen at A&E")], casePath + "?handler=Note");
        Assert.Equal(HttpStatusCode.NotFound, note.StatusCode);
    }

    [Fact]
    public async Task Attachment_UploadedThenDownloadedOnlyByThoseWhoMaySeeIt()
    {
        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var colleague = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "hiow-constabulary");
        var client = factory.CreateClientAs(referrer);
        var id = await StartAsync(client);

        var upload = await UploadAsync(client, id, "statement.pdf", "%PDF-1.4 test"u8.ToArray());
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var attachment = (await factory.WithDatabaseAsync(db => db.Concerns.SingleAsync(c => c.Id == id))).Attachments.Single();

        var download = await client.GetAsync($"/concerns/{id}/attachments/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs(colleague).GetAsync($"/concerns/{id}/attachments/{attachment.Id}")).StatusCode);
    }

    [Fact]
    public async Task Attachment_ExecutableRenamedPdf_ShowsErrorAndSavesNothing()
    {
        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var client = factory.CreateClientAs(referrer);
        var id = await StartAsync(client);

        var response = await UploadAsync(client, id, "statement.pdf", [.. "MZ"u8, .. new byte[2048]]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The selected file must be a PDF, a photo (JPG, PNG or GIF) or a Word document"], (await HtmlDocument.ParseAsync(response)).ErrorSummary());
        Assert.Empty((await factory.WithDatabaseAsync(db => db.Concerns.SingleAsync(c => c.Id == id))).Attachments);
    }

    [Theory]
    [InlineData("DateOfBirthDay", "1", "Date of birth must be in the past")]
    [InlineData("DateOfBirthDay", "31", "Date of birth must be a real date")]
    public async Task Person_BadDateOfBirth_ShowsErrorKeepsAnswersAndSavesNothing(string field, string day, string message)
    {
        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var client = factory.CreateClientAs(referrer);
        var id = await StartAsync(client);
        var (month, year) = day == "1" ? ("1", "2999") : ("2", "2001");

        var response = await Forms.PostAsync(client, $"/concerns/{id}/person",
            [("GivenNames", "Ana"), ("AgeGroup", "Adult"), (field, day), ("DateOfBirthMonth", month), ("DateOfBirthYear", year)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await HtmlDocument.ParseAsync(response);
        Assert.Equal([message], document.ErrorSummary());
        Assert.Equal("Ana", document.QuerySelector("#GivenNames")!.GetAttribute("value"));
        Assert.Null((await factory.WithDatabaseAsync(db => db.Concerns.SingleAsync(c => c.Id == id))).Person.GivenNames);
    }

    [Fact]
    public async Task WhatHappened_OneMegabyteAndControlCharacters_AreRefused()
    {
        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var client = factory.CreateClientAs(referrer);
        var id = await StartAsync(client);

        var huge = await Forms.PostAsync(client, $"/concerns/{id}/what-happened", [("WhatHappened", new string('a', 1_000_000))]);
        var control = await Forms.PostAsync(client, $"/concerns/{id}/what-happened", [("WhatHappened", "bell\u0007")]);

        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(["What happened must be 20,000 characters or fewer"], (await HtmlDocument.ParseAsync(huge)).ErrorSummary());
        Assert.Equal(["What happened must not contain control characters"], (await HtmlDocument.ParseAsync(control)).ErrorSummary());
    }

    [Fact]
    public async Task ContactDetails_PhoneAndPostcodeAreNormalised_AndBadOnesRefused()
    {
        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var client = factory.CreateClientAs(referrer);
        var id = await StartAsync(client);

        var bad = await Forms.PostAsync(client, $"/concerns/{id}/person-contact", [("InterpreterNeeded", "no"), ("Phone", "12"), ("Postcode", "SO14")]);
        Assert.Equal([Identifiers.PhoneError, Identifiers.PostcodeError], (await HtmlDocument.ParseAsync(bad)).ErrorSummary());

        await Forms.PostAsync(client, $"/concerns/{id}/person-contact", [("InterpreterNeeded", "yes"), ("Phone", "07700 900982"), ("Postcode", "so143ja"), ("Nationality", "RO")]);
        var saved = await factory.WithDatabaseAsync(db => db.Concerns.SingleAsync(c => c.Id == id));
        Assert.Equal("+447700900982", saved.Person.Phone);
        Assert.Equal("SO14 3JA", saved.Person.Postcode);
    }

    [Fact]
    public async Task ImmediateDanger_Yes_ShowsTheCall999Page()
    {
        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var client = factory.CreateClientAs(referrer);
        var id = await StartAsync(client);

        var response = await Forms.PostAsync(client, $"/concerns/{id}/danger", [("ImmediateDanger", "yes")]);

        Assert.Equal($"/concerns/{id}/call-999", response.Headers.Location!.OriginalString);
        Assert.Contains("Call 999 now", (await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location.OriginalString))).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_OfAnotherUser_IsNotFound()
    {
        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var other = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var id = await StartAsync(factory.CreateClientAs(referrer));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs(other).GetAsync($"/concerns/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs(other).GetAsync($"/concerns/{id}/person")).StatusCode);
    }

    [Fact]
    public async Task Submit_Incomplete_ShowsEachMissingAnswerOnCheckAnswers()
    {
        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var client = factory.CreateClientAs(referrer);
        var id = await StartAsync(client);

        var response = await Forms.PostAsync(client, $"/concerns/{id}/check-answers", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await HtmlDocument.ParseAsync(response);
        Assert.Contains("Enter what happened", document.ErrorSummary());
        Assert.NotNull(document.QuerySelector("#WhatHappened"));
    }

    [Theory]
    [InlineData("/concerns")]
    public async Task ConcernPages_CaseRolesAndReferrers_ButNotCoordinatorsOrAdministrators(string path) =>
        await RoleMatrix.AssertAsync(factory, path,
            [HarbourRoles.Referrer, HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder, HarbourRoles.PreventLead, HarbourRoles.ChannelPanelMember, HarbourRoles.PoliceAnalyst]);

    [Fact]
    public async Task TriageQueue_OnlyLeads() =>
        await RoleMatrix.AssertAsync(factory, "/triage", [HarbourRoles.SafeguardingLead, HarbourRoles.PreventLead]);

    [Fact]
    public async Task OverdueAndDueSoon_OnlyCaseWorkers() =>
        await RoleMatrix.AssertAsync(factory, "/cases/due",
            [HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder, HarbourRoles.PreventLead, HarbourRoles.ChannelPanelMember, HarbourRoles.PoliceAnalyst]);

    [Fact]
    public async Task CaseList_OnlyCaseWorkers() =>
        await RoleMatrix.AssertAsync(factory, "/cases",
            [HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder, HarbourRoles.PreventLead, HarbourRoles.ChannelPanelMember, HarbourRoles.PoliceAnalyst]);

    private static async Task<Guid> StartAsync(HttpClient client)
    {
        var response = await Forms.PostAsync(client, "/concerns", []);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private static async Task<Guid> RaiseAsync(HttpClient client)
    {
        var id = await StartAsync(client);
        var steps = new (string Page, (string, string)[] Fields)[]
        {
            ("type", [("ConcernTypes", "modern-slavery")]),
            ("danger", [("ImmediateDanger", "no")]),
            ("area", [("Area", "southampton")]),
            ("person", [("GivenNames", "Ana"), ("FamilyName", "Popescu"), ("AgeGroup", "Adult"), ("Gender", "Female")]),
            ("person-contact", [("Nationality", "RO"), ("Languages", "Romanian"), ("InterpreterNeeded", "yes")]),
            ("exploitation", [("ExploitationTypes", "forced-labour")]),
            ("what-happened", [("WhatHappened", "Driven to a car wash at 6am every day.")]),
            ("other-people", [("OtherPeopleKnown", "no")]),
            ("consent", [("Consent", "Yes")]),
        };
        foreach (var (page, fields) in steps)
        {
            var response = await Forms.PostAsync(client, $"/concerns/{id}/{page}", fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {(int)response.StatusCode} {string.Join("; ", (await HtmlDocument.ParseAsync(response)).ErrorSummary())}");
        }

        return id;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, string fileName, byte[] content)
    {
        var token = await Forms.AntiforgeryAsync(client, $"/concerns/{id}/attachments");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "Attachment", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync($"/concerns/{id}/attachments", form);
    }
}
