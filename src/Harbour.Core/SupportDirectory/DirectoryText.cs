namespace Harbour.Core.SupportDirectory;

/// <summary>The words Open Referral UK uses for statuses and Harbour uses for eligibility, both ways.</summary>
public static class DirectoryText
{
    public static ServiceStatus? ParseStatus(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "active" => ServiceStatus.Active,
        "inactive" => ServiceStatus.Inactive,
        "defunct" => ServiceStatus.Defunct,
        "temporarily closed" => ServiceStatus.TemporarilyClosed,
        _ => null,
    };

    public static string Status(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        _ => "temporarily closed",
    };

    public static EligibleGender? ParseGender(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "female" or "women" => EligibleGender.Female,
        "male" or "men" => EligibleGender.Male,
        _ => null,
    };

    public static string Gender(EligibleGender gender) => gender == EligibleGender.Female ? "female" : "male";
}
