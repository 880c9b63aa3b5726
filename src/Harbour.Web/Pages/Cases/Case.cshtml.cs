using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.ReferenceData;
using Harbour.Core.Referrals;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Cases;

/// <summary>
/// The shared case record: people, chronology, notes, tasks, sharing and documents. Each form posts to its own
/// handler; the service checks need to know and role, and records every change in the chronology and the audit.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.MaximumSize + (1024 * 1024))]
[RequestSizeLimit(AttachmentStore.MaximumSize + (1024 * 1024))]
public sealed class CaseModel(CaseService caseService, ReferenceDataQueries referenceData, AttachmentStore store, SupportReferralService supportReferrals) : CasePageModel(caseService)
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public List<string> IsSensitive { get; set; } = [];

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? DueOnDay { get; set; }

    [BindProperty]
    public string? DueOnMonth { get; set; }

    [BindProperty]
    public string? DueOnYear { get; set; }

    [BindProperty]
    public string? Assignee { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? LawfulBasis { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? ClosureReason { get; set; }

    [BindProperty]
    public string? ReopenReason { get; set; }

    [BindProperty]
    public IFormFile? Document { get; set; }

    [BindProperty]
    public string? PersonRole { get; set; }

    [BindProperty]
    public string? PersonGivenNames { get; set; }

    [BindProperty]
    public string? PersonFamilyName { get; set; }

    [BindProperty]
    public string? PersonAgeGroup { get; set; }

    [BindProperty]
    public string? PersonPhone { get; set; }

    [BindProperty]
    public string? PersonPostcode { get; set; }

    public static IReadOnlyList<Choice> PersonRoles { get; } = Enum.GetValues<CasePersonRole>()
        .Select(r => new Choice(r.ToString(), Harbour.Web.Pages.Concerns.ConcernText.CaseRole(r))).ToList();

    public static IReadOnlyList<Choice> AgeGroups { get; } =
        [new("Adult", "Adult (18 or over)"), new("Child", "Child (under 18)"), new("NotKnown", "Not known")];

    [BindProperty]
    public string? LeadWorker { get; set; }

    public IReadOnlyList<Choice> OwnerStaff { get; private set; } = [];

    [BindProperty]
    public string? TransferTo { get; set; }

    [BindProperty]
    public string? TransferReason { get; set; }

    public IReadOnlyList<Choice> TransferOrganisations { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> StaffNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<Choice> ShareOrganisations { get; private set; } = [];

    public IReadOnlyList<Choice> Staff { get; private set; } = [];

    public bool IsOwner => Case.OwnerOrganisationId == User.OrganisationIdOf();

    public bool IsLead => IsOwner && CaseService.CaseLeadRoles.Any(User.IsInRole);

    public bool WorksOnPrevent => User.IsInRole(HarbourRoles.PreventLead) || User.IsInRole(HarbourRoles.ChannelPanelMember);

    public bool CanWork => (IsOwner || Case.SharedWithOrganisationIds.Contains(User.OrganisationIdOf() ?? Guid.Empty)) && HarbourRoles.CaseWork.Any(User.IsInRole);

    public static IReadOnlyList<Choice> LawfulBases { get; } =
    [
        new(nameof(Harbour.Core.Cases.LawfulBasis.Consent), "Consent", "The person has agreed to their information being shared for this purpose"),
        new(nameof(Harbour.Core.Cases.LawfulBasis.SafeguardingCondition), "Safeguarding", "UK GDPR Article 9(2)(g) and DPA 2018 Schedule 1 paragraph 18: safeguarding a child or an adult at risk, without consent where asking would put them at risk"),
    ];

    [BindProperty]
    public string? ReasonableAdjustments { get; set; }

    [BindProperty]
    public string? ReferralStatus { get; set; }

    [BindProperty]
    public string? ReferralOutcome { get; set; }

    public IReadOnlyList<SupportReferral> Referrals { get; private set; } = [];

    public static IReadOnlyList<Choice> ReferralAnswers { get; } =
    [
        new(nameof(SupportReferralStatus.Accepted), "They accepted it"),
        new(nameof(SupportReferralStatus.Declined), "They declined it"),
        new(nameof(SupportReferralStatus.Completed), "The support is complete"),
    ];

    protected override async Task LoadAsync()
    {
        var @case = Case;
        Referrals = await supportReferrals.ForCaseAsync(@case.Id);
        var organisations = await referenceData.GetOrganisationsAsync();
        OrganisationNames = organisations.ToDictionary(o => o.Id, o => o.Name);
        TransferOrganisations = organisations.Where(o => o.Id != @case.OwnerOrganisationId).Select(o => new Choice(o.Code, o.Name)).ToList();
        ShareOrganisations = organisations.Where(o => o.Id != @case.OwnerOrganisationId && !@case.SharedWithOrganisationIds.Contains(o.Id))
            .Select(o => new Choice(o.Code, o.Name)).ToList();
        var people = @case.Notes.Select(n => n.AuthorUserId)
            .Concat(@case.Tasks.Where(t => t.AssigneeUserId is not null).Select(t => t.AssigneeUserId!.Value))
            .Concat(@case.Chronology.Where(e => e.UserId is not null).Select(e => e.UserId!.Value));
        if (@case.LeadWorkerUserId is { } lead)
        {
            people = people.Append(lead);
        }

        StaffNames = await Cases.StaffNamesAsync(people);
        Staff = (await Cases.AssignableStaffAsync(@case)).Select(s => new Choice(s.Id.ToString(), s.Name)).ToList();
        OwnerStaff = (await Cases.AssignableStaffAsync(@case, ownerOnly: true)).Select(s => new Choice(s.Id.ToString(), s.Name)).ToList();
    }

    public string OrganisationName(Guid id) => OrganisationNames.TryGetValue(id, out var name) ? name : "Unknown organisation";

    public string StaffName(Guid? id) => id is { } value && StaffNames.TryGetValue(value, out var name) ? name : "Not allocated";

    public void OnGet() => ReasonableAdjustments = Case.ReasonableAdjustments;

    public async Task<IActionResult> OnPostAdjustmentsAsync()
    {
        await Cases.SetReasonableAdjustmentsAsync(Reference, ReasonableAdjustments, User.Scope(), HttpContext.Actor());
        return Done("Reasonable adjustments saved");
    }

    public async Task<IActionResult> OnPostWithdrawReferralAsync(Guid referralId)
    {
        await supportReferrals.WithdrawAsync(Reference, referralId, ReferralOutcome, User.Scope(), HttpContext.Actor());
        return Done("Referral withdrawn", "#referrals");
    }

    public async Task<IActionResult> OnPostReferralAnswerAsync(Guid referralId)
    {
        await supportReferrals.RecordAnswerAsync(Reference, referralId, Enum.TryParse<SupportReferralStatus>(ReferralStatus, out var status) ? status : null,
            ReferralOutcome, User.Scope(), HttpContext.Actor());
        return Done("The service's answer is recorded", "#referrals");
    }

    public async Task<IActionResult> OnPostNoteAsync()
    {
        await Cases.AddNoteAsync(Reference, Text, IsSensitive.Contains("yes"), User.Scope(), HttpContext.Actor());
        return Done("Note added", "#notes");
    }

    public async Task<IActionResult> OnPostTaskAsync()
    {
        await Cases.AddTaskAsync(Reference, Title, DateInput.Parse(DueOnDay, DueOnMonth, DueOnYear),
            Guid.TryParse(Assignee, out var assignee) ? assignee : null, User.Scope(), HttpContext.Actor());
        return Done("Task added", "#tasks");
    }

    public async Task<IActionResult> OnPostCompleteTaskAsync(Guid taskId)
    {
        await Cases.CompleteTaskAsync(Reference, taskId, User.Scope(), HttpContext.Actor());
        return Done("Task marked as done", "#tasks");
    }

    public async Task<IActionResult> OnPostShareAsync()
    {
        await Cases.ShareAsync(Reference, new NewShare(Organisation, Purpose, Enum.TryParse<LawfulBasis>(LawfulBasis, out var basis) ? basis : null), User.Scope(), HttpContext.Actor());
        return Done("The case has been shared", "#sharing");
    }

    public async Task<IActionResult> OnPostEndShareAsync(Guid shareId)
    {
        await Cases.EndShareAsync(Reference, shareId, null, User.Scope(), HttpContext.Actor());
        return Done("Sharing has ended", "#sharing");
    }

    public async Task<IActionResult> OnPostCloseAsync()
    {
        await Cases.CloseAsync(Reference, Outcome, ClosureReason, User.Scope(), HttpContext.Actor());
        return Done("The case has been closed");
    }

    public async Task<IActionResult> OnPostReopenAsync()
    {
        await Cases.ReopenAsync(Reference, ReopenReason, User.Scope(), HttpContext.Actor());
        return Done("The case has been reopened");
    }

    public async Task<IActionResult> OnPostDocumentAsync()
    {
        var file = Document!;
        await Cases.AddDocumentAsync(Reference, new Upload(file.FileName, file.Length, file.OpenReadStream), store, User.Scope(), HttpContext.Actor());
        return Done("Document added", "#documents");
    }

    public async Task<IActionResult> OnPostPersonAsync()
    {
        await Cases.AddPersonAsync(Reference, Enum.TryParse<CasePersonRole>(PersonRole, out var role) ? role : null, new PersonAtRisk
        {
            GivenNames = ConcernRules.Clean(PersonGivenNames),
            FamilyName = ConcernRules.Clean(PersonFamilyName),
            AgeGroup = Enum.TryParse<AgeGroup>(PersonAgeGroup, out var age) ? age : null,
            Phone = Identifiers.Phone(PersonPhone),
            Postcode = Identifiers.Postcode(PersonPostcode),
        }, User.Scope(), HttpContext.Actor());
        return Done("Person added", "#people");
    }

    public async Task<IActionResult> OnPostLeadWorkerAsync()
    {
        await Cases.AssignLeadWorkerAsync(Reference, Guid.TryParse(LeadWorker, out var id) ? id : null, User.Scope(), HttpContext.Actor());
        return Done("The lead worker has been changed");
    }

    public async Task<IActionResult> OnPostTransferAsync()
    {
        await Cases.TransferAsync(Reference, TransferTo, TransferReason, User.Scope(), HttpContext.Actor());
        return Done("The case has been transferred. Your organisation can still follow it");
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid documentId)
    {
        var opened = await Cases.OpenDocumentAsync(Reference, documentId, User.Scope(), HttpContext.Actor(), store);
        if (opened is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.Document.ContentType, file.Document.FileName);
    }

}

public sealed class CaseModelValidator : AbstractValidator<CaseModel>
{
    public CaseModelValidator()
    {
        RuleSet("Adjustments", () => RuleFor(m => m.ReasonableAdjustments).SafeText("Reasonable adjustments", 10_000));
        RuleSet("Note", () =>
        {
            RuleFor(m => m.Text).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the note");
            RuleFor(m => m.Text).SafeText("Note", ConcernRules.MaximumTextLength);
        });
        RuleSet("Task", () =>
        {
            RuleFor(m => m.Title).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter what needs to be done");
            RuleFor(m => m.Title).SafeText("Task", 200);
            RuleFor(m => m).Must(m => DateInput.Parse(m.DueOnDay, m.DueOnMonth, m.DueOnYear) is not null)
                .OverridePropertyName("DueOn").WithMessage(m => DateInput.IsBlank(m.DueOnDay, m.DueOnMonth, m.DueOnYear)
                    ? "Enter the date the task is due" : "The date the task is due must be a real date");
        });
        RuleSet("Share", () =>
        {
            RuleFor(m => m.Organisation).NotEmpty().WithMessage("Select the organisation to share the case with");
            RuleFor(m => m.Purpose).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter why the case is being shared");
            RuleFor(m => m.Purpose).SafeText("Purpose", 1_000);
            RuleFor(m => m.LawfulBasis).Must(v => Enum.TryParse<LawfulBasis>(v, out _)).WithMessage("Select the lawful basis for sharing");
        });
        RuleSet("Close", () =>
        {
            RuleFor(m => m.Outcome).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the outcome of the case");
            RuleFor(m => m.Outcome).SafeText("Outcome", 2_000);
            RuleFor(m => m.ClosureReason).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter why the case is being closed");
            RuleFor(m => m.ClosureReason).SafeText("Reason", 2_000);
        });
        RuleSet("Document", () => RuleFor(m => m.Document).NotNull().WithMessage("Select a file"));
        RuleSet("Person", () =>
        {
            RuleFor(m => m.PersonRole).Must(v => Enum.TryParse<CasePersonRole>(v, out _)).WithMessage("Select how the person is involved");
            RuleFor(m => m).Must(m => !string.IsNullOrWhiteSpace(m.PersonGivenNames) || !string.IsNullOrWhiteSpace(m.PersonFamilyName))
                .OverridePropertyName("PersonGivenNames").WithMessage("Enter the person's name, or a description");
            RuleFor(m => m.PersonPhone).Must(v => string.IsNullOrWhiteSpace(v) || Identifiers.Phone(v) is not null).WithMessage(Identifiers.PhoneError);
            RuleFor(m => m.PersonPostcode).Must(v => string.IsNullOrWhiteSpace(v) || Identifiers.Postcode(v) is not null).WithMessage(Identifiers.PostcodeError);
        });
        RuleSet("LeadWorker", () => RuleFor(m => m.LeadWorker).NotEmpty().WithMessage("Select someone from the organisation that owns the case"));
        RuleSet("Transfer", () =>
        {
            RuleFor(m => m.TransferTo).NotEmpty().WithMessage("Select the organisation that will own the case");
            RuleFor(m => m.TransferReason).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter why the case is being transferred");
            RuleFor(m => m.TransferReason).SafeText("Reason", 2_000);
        });
        RuleSet("Reopen", () =>
        {
            RuleFor(m => m.ReopenReason).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter why the case is being reopened");
            RuleFor(m => m.ReopenReason).SafeText("Reason", 2_000);
        });
    }
}
