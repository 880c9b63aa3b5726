using Harbour.Core.Cases;
using Harbour.Core.Pathways;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Cases.Channel;

/// <summary>
/// The Vulnerability Assessment Framework: each of the 22 factors rated, with notes. The factors are posted as
/// Rating-{code} and Notes-{code}; the service checks that every one is rated and names any that is not.
/// </summary>
public sealed class AssessmentModel(CaseService cases, ChannelService channel) : ChannelPageModel(cases, channel)
{
    [BindProperty]
    public string? AssessedOnDay { get; set; }

    [BindProperty]
    public string? AssessedOnMonth { get; set; }

    [BindProperty]
    public string? AssessedOnYear { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    public string? Answer(string field) => Request.HasFormContentType ? Request.Form[field].FirstOrDefault() : null;

    public IActionResult OnGet() => Pathway is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var ratings = VulnerabilityAssessmentFramework.Factors.ToDictionary(
            f => f.Code,
            f => (ChannelText.Parse<VulnerabilityLevel>(Answer($"Rating-{f.Code}")), Answer($"Notes-{f.Code}")));
        await Channel.RecordAssessmentAsync(PathwayId, DateInput.Parse(AssessedOnDay, AssessedOnMonth, AssessedOnYear), ratings, Summary, User.Scope(), HttpContext.Actor());
        return Done("Vulnerability assessment recorded", "/channel");
    }
}
