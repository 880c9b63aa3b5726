using FluentValidation;
using Harbour.Core.Cases;
using Harbour.Core.Referrals;
using Harbour.Core.SupportDirectory;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Harbour.Web.Pages.Cases.Refer;

/// <summary>The referral itself: why, what is shared, and the person's consent. Sending it records it on the case.</summary>
public sealed class ServiceModel(CaseService cases, DirectoryCache cache, SupportReferralService referrals, IOptions<HarbourOptions> options, TimeProvider time) : CasePageModel(cases)
{
    [BindProperty(SupportsGet = true)]
    public Guid ServiceId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? InformationShared { get; set; }

    [BindProperty]
    public string? Consent { get; set; }

    [BindProperty]
    public string? ConsentGivenBy { get; set; }

    [BindProperty]
    public string? ConsentGivenOnDay { get; set; }

    [BindProperty]
    public string? ConsentGivenOnMonth { get; set; }

    [BindProperty]
    public string? ConsentGivenOnYear { get; set; }

    public CatalogueService Entry { get; private set; } = null!;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public static IReadOnlyList<Choice> YesNo { get; } = [new("yes", "Yes"), new("no", "No")];

    protected override async Task LoadAsync()
    {
        var catalogue = await cache.GetAsync(HttpContext.RequestAborted);
        Entry = catalogue.Find(ServiceId) ?? throw new KeyNotFoundException($"No service {ServiceId}.");
        Problems = PersonForReferral.Of(Case, catalogue, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).Problems(Entry.Service, Case.AgeGroup);
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await referrals.SendAsync(Reference,
            new NewSupportReferral(ServiceId, Reason, InformationShared, Consent switch { "yes" => true, "no" => false, _ => null }, ConsentGivenBy,
                DateInput.Parse(ConsentGivenOnDay, ConsentGivenOnMonth, ConsentGivenOnYear)),
            options.Value.BaseUrl ?? $"{Request.Scheme}://{Request.Host}", User.Scope(), HttpContext.Actor());
        return Done($"Referral sent to {Entry.Service.Name}", "#referrals");
    }
}

public sealed class ServiceModelValidator : AbstractValidator<ServiceModel>
{
    public ServiceModelValidator()
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why you are referring the person to this service");
        RuleFor(m => m.Reason).SafeText("Reason", 2_000);
        RuleFor(m => m.InformationShared).NotEmpty().WithMessage("Enter the information you are sharing with the service");
        RuleFor(m => m.InformationShared).SafeText("Information shared", 5_000);
        RuleFor(m => m.Consent).Must(v => v is "yes").WithMessage("The person (or a parent or guardian for a child) must agree to the referral before it is sent");
        RuleFor(m => m.ConsentGivenBy).NotEmpty().WithMessage("Enter who agreed to the referral");
        RuleFor(m => m.ConsentGivenBy).SafeText("Who agreed", 200);
        RuleFor(m => m).Must(m => DateInput.Parse(m.ConsentGivenOnDay, m.ConsentGivenOnMonth, m.ConsentGivenOnYear) is not null)
            .OverridePropertyName("ConsentGivenOn").WithMessage("Enter the date they agreed, as a real date");
    }
}
