using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Referrals;

public static class Conventions
{
    /// <summary>The referrals inbox is for case workers of an organisation that provides support.</summary>
    public static PageConventionCollection AddReferralConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Referrals", HarbourPolicies.CaseWork);
        return conventions;
    }
}
