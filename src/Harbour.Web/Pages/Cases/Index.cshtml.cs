using Harbour.Core.Cases;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Cases;

/// <summary>Cases the organisation owns or has been shared, with filters, sorting and paging done in the database.</summary>
public sealed class IndexModel(CaseService cases, ReferenceDataQueries referenceData, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; } = "Open";

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Lead { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CaseList Results { get; private set; } = new([], 0, 1, 25);

    public IReadOnlyList<Choice> Areas { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> AreaNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> StaffNames { get; private set; } = new Dictionary<Guid, string>();

    public DateOnly Today { get; } = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public static IReadOnlyList<Choice> Statuses { get; } = [new("Open", "Open"), new("Closed", "Closed"), new("All", "All")];

    public static IReadOnlyList<Choice> Types { get; } = [new("modern-slavery", "Modern slavery"), new("prevent", "Prevent")];

    public static IReadOnlyList<Choice> Sorts { get; } =
        [new("updated", "Recently changed"), new("opened", "Recently opened"), new("due", "Next task due"), new("reference", "Reference")];

    public async Task OnGetAsync()
    {
        var areas = await referenceData.GetAreasAsync();
        Areas = areas.Select(a => new Choice(a.Code, a.Name)).ToList();
        AreaNames = areas.ToDictionary(a => a.Id, a => a.Name);
        OrganisationNames = (await referenceData.GetOrganisationsAsync()).ToDictionary(o => o.Id, o => o.Name);
        var filter = new CaseFilter(
            Status: Enum.TryParse<CaseStatus>(Status, out var status) ? status : null,
            Type: Type,
            AreaId: areas.FirstOrDefault(a => a.Code == Area)?.Id,
            LeadWorkerUserId: Lead == "me" ? User.UserId() : null,
            OverdueOnly: Overdue == "yes",
            Sort: Sort ?? "updated",
            Page: PageNumber);
        Results = await cases.ListAsync(User.Scope(), filter);
        StaffNames = await cases.StaffNamesAsync(Results.Items.Where(i => i.LeadWorkerUserId is not null).Select(i => i.LeadWorkerUserId!.Value));
    }

    public string PageLink(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/cases",
        new Dictionary<string, string?>
        {
            ["Status"] = Status, ["Type"] = Type, ["Area"] = Area, ["Lead"] = Lead, ["Overdue"] = Overdue, ["Sort"] = Sort,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value));
}
