namespace Harbour.Core.Concerns;

/// <summary>
/// What a concern must contain before it can be submitted, and what no text field may hold, in GOV.UK wording.
/// The keys are the names of the fields on the question pages (and in the API), so each error can point at its field.
/// </summary>
public static class ConcernRules
{
    public const int MaximumTextLength = 20_000;
    public const int MaximumShortTextLength = 500;
    public const int OldestAge = 120;

    public static Dictionary<string, string> Problems(Concern concern, DateOnly today, ReferenceCodes codes)
    {
        ArgumentNullException.ThrowIfNull(concern);
        ArgumentNullException.ThrowIfNull(codes);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!concern.IsModernSlavery && !concern.IsPrevent)
        {
            errors["ConcernTypes"] = "Select whether the concern is about modern slavery, Prevent or both";
        }

        if (concern.ImmediateDanger is null)
        {
            errors["ImmediateDanger"] = "Select yes if anyone is in immediate danger";
        }

        if (concern.AreaId is null)
        {
            errors["Area"] = "Select the area where the person is";
        }

        var person = concern.Person;
        if (person.AgeGroup is null)
        {
            errors["AgeGroup"] = "Select whether the person is an adult or a child, or that you do not know";
        }

        if (DateOfBirthProblem(person.DateOfBirth, today) is { } dateProblem)
        {
            errors["DateOfBirth"] = dateProblem;
        }

        if (person.ApproximateAge is < 0 or > OldestAge)
        {
            errors["ApproximateAge"] = $"Approximate age must be between 0 and {OldestAge}";
        }

        if (person.Nationality is { } nationality && !Countries.IsKnown(nationality))
        {
            errors["Nationality"] = "Select a nationality from the list";
        }

        if (concern.IsModernSlavery)
        {
            if (concern.ExploitationTypeCodes.Count == 0)
            {
                errors["ExploitationTypes"] = "Select at least one type of exploitation, or 'not known'";
            }
            else if (concern.ExploitationTypeCodes.Any(c => !codes.ExploitationTypes.Contains(c)))
            {
                errors["ExploitationTypes"] = "Select only the types of exploitation listed";
            }

            if (concern.IndicatorCodes.Any(c => !codes.Indicators.Contains(c)))
            {
                errors["Indicators"] = "Select only the signs listed";
            }
        }

        if (concern.IsPrevent)
        {
            if (concern.PreventConcernType is null)
            {
                errors["PreventConcernType"] = "Select the type of Prevent concern";
            }

            if (concern.RadicalisationSignCodes.Any(c => !codes.RadicalisationSigns.Contains(c)))
            {
                errors["RadicalisationSigns"] = "Select only the signs listed";
            }
        }

        if (string.IsNullOrWhiteSpace(concern.WhatHappened))
        {
            errors["WhatHappened"] = "Enter what happened";
        }

        if (concern.OtherPeopleKnown is null && concern.Source == ConcernSource.Professional)
        {
            errors["OtherPeopleKnown"] = "Select yes if you know of other people involved";
        }

        if (concern.Person.AgeGroup is not AgeGroup.Child && concern.Consent is null && concern.Source != ConcernSource.PublicReport)
        {
            errors["Consent"] = "Select whether the person knows about and agrees to this referral";
        }

        return errors;
    }

    public static string? DateOfBirthProblem(DateOnly? dateOfBirth, DateOnly today) => dateOfBirth switch
    {
        null => null,
        { } date when date > today => "Date of birth must be in the past",
        { } date when date < today.AddYears(-OldestAge) => $"Date of birth must be less than {OldestAge} years ago",
        _ => null,
    };

    /// <summary>
    /// A problem with free text, or null: too long, or holding control characters (which have no place in a
    /// form answer and can corrupt exports). Markup is allowed and always HTML-encoded when shown.
    /// </summary>
    /// <summary>Adds the GOV.UK message for a free-text answer to <paramref name="errors"/>: <paramref name="missing"/> when it is blank (null: the answer is optional), or a length or character problem.</summary>
    public static void CheckText(Dictionary<string, string> errors, string field, string? value, string? missing, string label, int maximumLength = MaximumTextLength)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (missing is not null)
            {
                errors[field] = missing;
            }
        }
        else if (TextProblem(value, label, maximumLength) is { } problem)
        {
            errors[field] = problem;
        }
    }

    public static void Require<T>(Dictionary<string, string> errors, string field, T? value, string message)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null)
        {
            errors[field] = message;
        }
    }

    /// <summary>Throws the collected problems, if any, for the page to show in its error summary.</summary>
    public static void ThrowIfAny(Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    public static string? TextProblem(string? text, string label, int maximumLength = MaximumTextLength)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > maximumLength)
        {
            return $"{label} must be {maximumLength:N0} characters or fewer";
        }

        return text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            ? $"{label} must not contain control characters"
            : null;
    }

    /// <summary>Trims, unifies line endings and turns blank into null.</summary>
    public static string? Clean(string? text)
    {
        var trimmed = text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}

/// <summary>The reference codes a concern may use, loaded once per request.</summary>
public sealed record ReferenceCodes(IReadOnlySet<string> ExploitationTypes, IReadOnlySet<string> Indicators, IReadOnlySet<string> RadicalisationSigns);
