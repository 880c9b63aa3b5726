using System.Net;
using Harbour.Core.Accounts;
using Harbour.Testing;

namespace Harbour.Web.Tests.Governance;

public sealed class ResourceLibraryTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    [Fact]
    public async Task PublicSeesPublicDocuments_StaffSeeProfessionalOnesToo()
    {
        var anonymous = (await HtmlDocument.ParseAsync(await factory.CreateClient().GetAsync("/resources"))).Text();
        var staff = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "portsmouth-city-council");
        var signedIn = (await HtmlDocument.ParseAsync(await factory.CreateClientAs(staff).GetAsync("/resources"))).Text();

        Assert.Contains("Prevent duty guidance", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("Channel duty guidance", anonymous, StringComparison.Ordinal);
        Assert.Contains("Channel duty guidance", signedIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_AddsAProfessionalPdf_WhichOnlyStaffCanDownload_AndAPictureIsRefused()
    {
        var coordinator = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");
        var client = factory.CreateClientAs(coordinator);

        using var picture = await PostAsync(client, Png, "plan.png");
        Assert.Equal(HttpStatusCode.BadRequest, picture.StatusCode);
        Assert.Equal(["The selected file must be a PDF or a Word document"], (await HtmlDocument.ParseAsync(picture)).ErrorSummary());

        using var saved = await PostAsync(client, Pdf, "prevent-and-autism-plan.pdf");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await HtmlDocument.ParseAsync(await factory.CreateClientAs(coordinator).GetAsync("/resources"));
        var link = list.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Prevent and Autism plan", StringComparison.Ordinal)).GetAttribute("href")!;

        using var staffDownload = await client.GetAsync(link);
        Assert.Equal("application/pdf", staffDownload.Content.Headers.ContentType?.MediaType);
        using var anonymousDownload = await factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, anonymousDownload.StatusCode);
        Assert.Contains("/account/sign-in", anonymousDownload.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LibraryPages_OnlyCoordinators()
    {
        await RoleMatrix.AssertAsync(factory, "/partnership/resources", [HarbourRoles.PartnershipCoordinator]);
        await RoleMatrix.AssertAsync(factory, "/partnership/resources/new", [HarbourRoles.PartnershipCoordinator]);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file, string name)
    {
        var token = await Forms.AntiforgeryAsync(client, "/partnership/resources/new");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Prevent and Autism plan"), "Title" },
            { new StringContent("How Prevent work adapts for autistic people in Hampshire."), "Summary" },
            { new StringContent("Hampshire Prevent Partnership"), "Owner" },
            { new StringContent("24"), "ReviewDueOnDay" },
            { new StringContent("11"), "ReviewDueOnMonth" },
            { new StringContent("2027"), "ReviewDueOnYear" },
            { new StringContent("Professionals"), "Audience" },
            { new ByteArrayContent(file), "Attachment", name },
        };
        return await client.PostAsync("/partnership/resources/new", content);
    }
}
