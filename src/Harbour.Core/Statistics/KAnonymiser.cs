using Harbour.Core.Concerns;

namespace Harbour.Core.Statistics;

/// <summary>One person as the open data sees them, before anonymisation. Never leaves Harbour as it is.</summary>
public sealed record OpenDataPerson(
    string Gender,
    int? Age,
    AgeGroup AgeGroup,
    string? Citizenship,
    IReadOnlyList<string> ExploitationTypes,
    IReadOnlyList<string> MeansOfControl,
    int YearOfRegistration);

/// <summary>One published row, in the Human Trafficking Case Data Standard / CTDC style.</summary>
public sealed record OpenDataRow(
    string Gender,
    string AgeBand,
    string Citizenship,
    string ExploitationTypes,
    string MeansOfControl,
    string RecruiterRelation,
    int YearOfRegistration)
{
    public static IReadOnlyList<string> Columns { get; } =
        ["gender", "ageBroad", "citizenship", "typeOfExploitation", "meansOfControl", "recruiterRelation", "yearOfRegistration"];

    public IReadOnlyList<object> Cells => [Gender, AgeBand, Citizenship, ExploitationTypes, MeansOfControl, RecruiterRelation, YearOfRegistration];
}

public sealed record AnonymisedOpenData(int K, int People, IReadOnlyList<OpenDataRow> Rows, int Suppressed, IReadOnlyList<string> Notes);

/// <summary>
/// Harbour's indicators that say how a person was controlled, mapped to the CTDC means-of-control values. Only two
/// indicators say this directly; the rest (for example "fear of police") are signs, not means, and are not mapped.
/// </summary>
public static class MeansOfControl
{
    public const string NotRecorded = "Not recorded";

    private static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["documents-held"] = "Withholds documents",
        ["cannot-leave"] = "Restricts movement",
    };

    public static IReadOnlyList<string> FromIndicators(IEnumerable<string> indicatorCodes) =>
        indicatorCodes.Select(code => Map.GetValueOrDefault(code)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// Publishes people so that every combination of the published fields describes at least k of them (CTDC uses
/// k = 11). Fields are generalised step by step (finer age bands into broader ones, rare citizenships and
/// exploitation types into "Other") until few people are left in small groups; the people still in groups smaller
/// than k are then left out, and the notes say how many and which generalisations were made.
/// </summary>
public static class KAnonymiser
{
    public const int CtdcK = 11;

    public const string NotKnown = "Not known";

    public const string Other = "Other";

    /// <summary>Generalise until no more than this share of people would have to be left out.</summary>
    private const double AcceptableSuppression = 0.05;

    private sealed record Levels(int Age, int Citizenship, int Exploitation, int MeansOfControl, int Gender);

    private static readonly (string Note, Func<Levels, Levels> Step)[] Steps =
    [
        ("Ages given in broad bands (0–17, 18–29, 30–47, 48+)", l => l with { Age = 1 }),
        ("Citizenships shared by fewer than k people published as Other", l => l with { Citizenship = 1 }),
        ("More than one type of exploitation published as Multiple", l => l with { Exploitation = 1 }),
        ("Means of control not published", l => l with { MeansOfControl = 1 }),
        ("Ages given only as child or adult", l => l with { Age = 2 }),
        ("Types of exploitation shared by fewer than k people published as Other", l => l with { Exploitation = 2 }),
        ("Citizenship published only as United Kingdom or Other", l => l with { Citizenship = 2 }),
        ("Gender other than female or male published as Not known", l => l with { Gender = 1 }),
    ];

    public static AnonymisedOpenData Anonymise(IReadOnlyCollection<OpenDataPerson> people, int k = CtdcK)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var levels = new Levels(0, 0, 0, 0, 0);
        var notes = new List<string>();
        var rows = Publish(people, levels, k);
        foreach (var (note, step) in Steps)
        {
            if (SmallGroupPeople(rows, k) <= people.Count * AcceptableSuppression)
            {
                break;
            }

            levels = step(levels);
            notes.Add(note + ".");
            rows = Publish(people, levels, k);
        }

        var kept = rows.GroupBy(r => r).Where(g => g.Count() >= k).SelectMany(g => g)
            .OrderBy(r => r.YearOfRegistration).ThenBy(r => r.Gender, StringComparer.Ordinal).ThenBy(r => r.AgeBand, StringComparer.Ordinal)
            .ThenBy(r => r.Citizenship, StringComparer.Ordinal).ThenBy(r => r.ExploitationTypes, StringComparer.Ordinal).ThenBy(r => r.MeansOfControl, StringComparer.Ordinal)
            .ToList();
        var suppressed = people.Count - kept.Count;
        notes.Insert(0, $"Every combination of the published fields describes at least {k} people (k-anonymity, k = {k}).");
        notes.Add($"{suppressed} of {people.Count} people were left out because fewer than {k} people shared their published details.");
        notes.Add("Recruiter relation is not recorded by Harbour and is published as \"Not recorded\".");
        notes.Add("Means of control is taken from two indicators only (documents held by someone else; not free to leave); otherwise \"Not recorded\".");
        return new AnonymisedOpenData(k, people.Count, kept, suppressed, notes);
    }

    private static int SmallGroupPeople(IReadOnlyList<OpenDataRow> rows, int k) =>
        rows.GroupBy(r => r).Where(g => g.Count() < k).Sum(g => g.Count());

    private static List<OpenDataRow> Publish(IReadOnlyCollection<OpenDataPerson> people, Levels levels, int k)
    {
        // Rare values are judged over everyone, so the recoding does not depend on the order of the people.
        var citizenships = people.GroupBy(p => p.Citizenship ?? NotKnown).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var exploitation = people.GroupBy(p => ExploitationValue(p, 1)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return people.Select(p => new OpenDataRow(
                levels.Gender == 0 || p.Gender is "Female" or "Male" ? p.Gender : NotKnown,
                AgeBand(p.Age, p.AgeGroup, levels.Age),
                Citizenship(p.Citizenship, levels.Citizenship, citizenships, k),
                levels.Exploitation switch
                {
                    0 => ExploitationValue(p, 0),
                    1 => ExploitationValue(p, 1),
                    _ => exploitation[ExploitationValue(p, 1)] >= k ? ExploitationValue(p, 1) : Other,
                },
                levels.MeansOfControl == 0 && p.MeansOfControl.Count > 0 ? string.Join("; ", p.MeansOfControl) : MeansOfControl.NotRecorded,
                "Not recorded",
                p.YearOfRegistration))
            .ToList();
    }

    private static string ExploitationValue(OpenDataPerson person, int level) => person.ExploitationTypes.Count switch
    {
        0 => NotKnown,
        1 => person.ExploitationTypes[0],
        _ => level == 0 ? string.Join("; ", person.ExploitationTypes) : "Multiple",
    };

    private static string Citizenship(string? citizenship, int level, Dictionary<string, int> counts, int k)
    {
        var value = citizenship ?? NotKnown;
        return level switch
        {
            0 => value,
            1 => value == NotKnown || counts[value] >= k ? value : Other,
            _ => value is NotKnown or "United Kingdom" ? value : Other,
        };
    }

    /// <summary>The CTDC age band at level 0, broad bands at level 1, child or adult at level 2.</summary>
    public static string AgeBand(int? age, AgeGroup group, int level = 0)
    {
        if (age is not { } years || years < 0)
        {
            return group switch
            {
                AgeGroup.Child => "0–17",
                AgeGroup.Adult => "18+",
                _ => NotKnown,
            };
        }

        return level switch
        {
            0 => years switch
            {
                <= 8 => "0–8",
                <= 17 => "9–17",
                <= 20 => "18–20",
                <= 23 => "21–23",
                <= 26 => "24–26",
                <= 29 => "27–29",
                <= 38 => "30–38",
                <= 47 => "39–47",
                _ => "48+",
            },
            1 => years switch
            {
                <= 17 => "0–17",
                <= 29 => "18–29",
                <= 47 => "30–47",
                _ => "48+",
            },
            _ => years <= 17 ? "0–17" : "18+",
        };
    }
}
