using Harbour.Core.Access;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;

namespace Harbour.Core.Pathways;

/// <summary>What every pathway service does the same way: date checks, refusing with all problems at once, and the records a move leaves.</summary>
internal static class PathwayRules
{
    public static string? DateProblem(DateOnly? date, string what, DateOnly today) => date switch
    {
        null => $"Enter the date {what}",
        { } d when d > today => $"The date {what} must be today or in the past",
        _ => null,
    };

    /// <summary>A required free-text answer: present, within the length, and plain text.</summary>
    public static void RequireText(Dictionary<string, string> errors, string field, string? value, string missing, string name, int maxLength = 2_000) =>
        ConcernRules.CheckText(errors, field, value, missing, name, maxLength);

    public static void OptionalText(Dictionary<string, string> errors, string field, string? value, string name, int maxLength = 2_000) =>
        ConcernRules.CheckText(errors, field, value, null, name, maxLength);

    public static void Throw(Dictionary<string, string> errors)
    {
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    public static PathwayTransition Transition(Pathway pathway, string from, string to, string trigger, UserScope user, DateTime now, string? reason) => new()
    {
        Id = Guid.NewGuid(), PathwayId = pathway.Id, From = from, To = to, Trigger = trigger, UserId = user.UserId, OccurredAt = now,
        Reason = ConcernRules.Clean(reason),
    };

    public static ChronologyEntry Chronicle(Guid caseId, UserScope user, DateTime now, string kind, string summary) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, OccurredAt = now, Kind = kind, Summary = summary, UserId = user.UserId, OrganisationId = user.OrganisationId,
    };
}
