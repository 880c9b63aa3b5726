using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

public sealed class PreventModel(ConcernService concerns, ReferenceDataQueries referenceData) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public string? PreventConcernType { get; set; }

    [BindProperty]
    public List<string> RadicalisationSigns { get; set; } = [];

    public IReadOnlyList<Choice> SignChoices { get; private set; } = [];

    public ReferenceCodes Codes { get; private set; } = null!;

    public static IReadOnlyList<Choice> TypeChoices { get; } = Enum.GetValues<PreventConcernType>()
        .Select(t => new Choice(t.ToString(), ConcernText.PreventType(t))).ToList();

    protected override async Task LoadChoicesAsync()
    {
        SignChoices = (await referenceData.GetRadicalisationSignsAsync()).Select(s => new Choice(s.Code, s.Text)).ToList();
        Codes = await Concerns.CodesAsync();
    }

    protected override void Load(Concern draft)
    {
        PreventConcernType = draft.PreventConcernType?.ToString();
        RadicalisationSigns = [.. draft.RadicalisationSignCodes];
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync("prevent", c =>
    {
        c.PreventConcernType = Enum.Parse<PreventConcernType>(PreventConcernType!);
        c.RadicalisationSignCodes = RadicalisationSigns.Distinct().ToList();
    });
}

public sealed class PreventModelValidator : AbstractValidator<PreventModel>
{
    public PreventModelValidator()
    {
        RuleFor(m => m.PreventConcernType).Must(v => Enum.TryParse<PreventConcernType>(v, out _)).WithMessage("Select the type of Prevent concern");
        RuleFor(m => m.RadicalisationSigns).Must((m, codes) => codes.All(m.Codes.RadicalisationSigns.Contains)).WithMessage("Select only the signs listed");
    }
}
