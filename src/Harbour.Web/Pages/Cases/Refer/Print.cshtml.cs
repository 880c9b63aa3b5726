using Harbour.Core.Cases;
using Harbour.Core.Referrals;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Cases.Refer;

/// <summary>The referral to send a service that does not use Harbour, by a secure route: print it or save it as PDF.</summary>
public sealed class PrintModel(CaseService cases, SupportReferralService referrals) : CasePageModel(cases)
{
    [BindProperty(SupportsGet = true)]
    public Guid ReferralId { get; set; }

    public SupportReferral Referral { get; private set; } = null!;

    public string Referrer { get; private set; } = "";

    protected override async Task LoadAsync()
    {
        Referral = (await referrals.ForCaseAsync(Case.Id)).SingleOrDefault(r => r.Id == ReferralId)
            ?? throw new KeyNotFoundException($"No referral {ReferralId} on {Reference}.");
        var names = await Cases.StaffNamesAsync([Referral.ReferredByUserId]);
        Referrer = names.GetValueOrDefault(Referral.ReferredByUserId, "Not known");
    }

    public void OnGet()
    {
    }
}
