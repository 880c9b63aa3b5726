using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

/// <summary>Where the person is decides which local authority screens the concern.</summary>
public sealed class AreaModel(ConcernService concerns, ReferenceDataQueries referenceData) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public string? Area { get; set; }

    public IReadOnlyList<Choice> Areas { get; private set; } = [];

    private List<Harbour.Core.ReferenceData.Area> areas = [];

    protected override async Task LoadChoicesAsync()
    {
        areas = await referenceData.GetAreasAsync();
        Areas = areas.Select(a => new Choice(a.Code, a.Name)).ToList();
        if (HttpMethods.IsGet(Request.Method))
        {
            Area = areas.FirstOrDefault(a => a.Id == Draft.AreaId)?.Code;
        }
    }

    protected override void Load(Concern draft)
    {
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync()
    {
        var area = areas.Single(a => a.Code == Area);
        return SaveAsync("area", c => c.AreaId = area.Id);
    }

    public bool IsKnownArea(string? code) => areas.Any(a => a.Code == code);
}

public sealed class AreaModelValidator : AbstractValidator<AreaModel>
{
    public AreaModelValidator() =>
        RuleFor(m => m.Area).Must((model, area) => model.IsKnownArea(area)).WithMessage("Select the area where the person is");
}
