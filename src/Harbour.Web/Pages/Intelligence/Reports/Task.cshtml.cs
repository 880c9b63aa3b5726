using System.Globalization;
using FluentValidation;
using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Intelligence.Reports;

/// <summary>Gives the report to a member of the group to act on by a date; giving it again keeps the earlier tasking in the history.</summary>
public sealed class TaskModel(IntelligenceService intelligence, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = "";

    [BindProperty]
    public string? AssignedToUserId { get; set; }

    [BindProperty]
    public string? DueOnDay { get; set; }

    [BindProperty]
    public string? DueOnMonth { get; set; }

    [BindProperty]
    public string? DueOnYear { get; set; }

    [BindProperty]
    public string? Instructions { get; set; }

    public IReadOnlyList<Choice> Assignees { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Viewing the form shows the report's status, so it is a view of the report: audited.
        var view = await intelligence.GetAsync(Reference, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        AssignedToUserId = view.Report.CurrentTasking?.AssignedToUserId.ToString();
        await LoadAssigneesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAssigneesAsync();
        await intelligence.TaskAsync(Reference, new TaskingEdit(
            Guid.TryParse(AssignedToUserId, out var assignee) ? assignee : null, DateInput.Parse(DueOnDay, DueOnMonth, DueOnYear), Instructions),
            User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = "Report tasked";
        return Redirect($"/intelligence/reports/{Reference}");
    }

    private async Task LoadAssigneesAsync() =>
        Assignees = [.. (await intelligence.AssigneesAsync(User.Scope(), HttpContext.RequestAborted)).Select(a => new Choice(a.Id.ToString(), a.Name))];

    /// <summary>A date a fortnight ahead, for the date question's hint.</summary>
    public string DueOnExample => time.GetUtcNow().AddDays(14).ToString("d M yyyy", CultureInfo.InvariantCulture);
}

public sealed class TaskModelValidator : AbstractValidator<TaskModel>
{
    public TaskModelValidator()
    {
        RuleFor(m => m.DueOnDay).Must((m, _) => DateInput.IsBlank(m.DueOnDay, m.DueOnMonth, m.DueOnYear) || DateInput.Parse(m.DueOnDay, m.DueOnMonth, m.DueOnYear) is not null)
            .OverridePropertyName("DueOn").WithMessage("The date the task is due must be a real date");
    }
}
