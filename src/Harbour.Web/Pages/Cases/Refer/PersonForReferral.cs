using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.SupportDirectory;

namespace Harbour.Web.Pages.Cases.Refer;

/// <summary>What the case knows about the person that decides which services they can use.</summary>
public sealed record PersonForReferral(int? Age, EligibleGender? Gender, string? AreaCode, string? AreaName)
{
    public static PersonForReferral Of(Case @case, DirectoryCatalogue catalogue, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(catalogue);
        var person = @case.People.FirstOrDefault(p => p.Role == CasePersonRole.AtRisk)?.Details ?? new PersonAtRisk();
        int? age = person.DateOfBirth is { } born
            ? today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0)
            : person.ApproximateAge;
        var area = catalogue.Areas.FirstOrDefault(a => a.Id == @case.AreaId);
        return new PersonForReferral(age, DirectoryText.ParseGender(person.Gender), area?.Code, area?.Name);
    }

    public IReadOnlyList<string> Problems(DirectoryService service, AgeGroup ageGroup)
    {
        var problems = Eligibility.Problems(service, Age, Gender, AreaCode, AreaName).ToList();
        // Without an age, the case's age group still rules out adult-only or child-only services.
        if (Age is null && ageGroup == AgeGroup.Child && service.MinimumAge >= 18)
        {
            problems.Add($"This service is for people aged {service.MinimumAge} or over");
        }
        else if (Age is null && ageGroup == AgeGroup.Adult && service.MaximumAge < 18)
        {
            problems.Add("This service is for children under 18");
        }

        return problems;
    }
}
