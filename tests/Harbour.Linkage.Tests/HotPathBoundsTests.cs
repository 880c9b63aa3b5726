using Harbour.Linkage.Comparison;
using Harbour.Linkage.Data;
using Harbour.Linkage.Text;
using static Harbour.Linkage.Comparison.ComparisonLevels;

namespace Harbour.Linkage.Tests;

/// <summary>
/// The hot path skips string comparisons when letter profiles and lengths show they cannot succeed. These tests
/// compare it with the plain string rules on many random near-miss pairs: a bound that is ever too tight would
/// change a level here.
/// </summary>
public class HotPathBoundsTests
{
    private const string Letters = "aaeeiilmnnorsstuhkyz";

    [Fact]
    public void CommonCharactersBound_RandomStrings_NeverBelowTheCharactersTheyShare()
    {
        var random = new Random(7);
        for (int n = 0; n < 5000; n++)
        {
            string a = RandomText(random, "aab1 -", 1, 14);
            string b = RandomText(random, "abb2 .", 1, 14);
            int bound = ValueFeatures.CommonCharactersBound(
                new ValueFeatures(a, a[0], -1, -1), new ValueFeatures(b, b[0], -1, -1));
            Assert.True(bound >= SharedCharacters(a, b), $"'{a}' and '{b}': bound {bound}, shared {SharedCharacters(a, b)}");
        }
    }

    [Fact]
    public void CompareNames_RandomNearMisses_SameLevelAsTheStringRules()
    {
        var random = new Random(11);
        var pairs = Enumerable.Range(0, 4000).Select(_ =>
        {
            string name = RandomText(random, Letters, 1, 10);
            return (name, Mutate(random, name));
        }).ToList();

        foreach ((string a, string b, int level) in HotPathLevels(FieldRole.GivenName, pairs))
        {
            Assert.True(NameLevelByStrings(a, b) == level, $"'{a}' and '{b}': hot path {level}, string rules {NameLevelByStrings(a, b)}");
        }
    }

    [Fact]
    public void CompareEmails_RandomNearMisses_SameLevelAsTheStringRules()
    {
        var random = new Random(13);
        var pairs = Enumerable.Range(0, 3000).Select(_ =>
        {
            string local = RandomText(random, Letters + "..1", 2, 12);
            return ($"{local}@example.org", $"{Mutate(random, Mutate(random, local))}@{(random.Next(2) == 0 ? "example.org" : "mail.test")}");
        }).ToList();

        foreach ((string a, string b, int level) in HotPathLevels(FieldRole.Email, pairs))
        {
            Assert.True(EmailLevelByStrings(a, b) == level, $"'{a}' and '{b}': hot path {level}, string rules {EmailLevelByStrings(a, b)}");
        }
    }

    /// <summary>Each pair's normalised values and the level the hot path gives them; pairs with a value that normalises to nothing are left out.</summary>
    private static IEnumerable<(string A, string B, int Level)> HotPathLevels(FieldRole role, IReadOnlyList<(string A, string B)> pairs)
    {
        PersonRecord Record(string id, string value) => role == FieldRole.Email
            ? new PersonRecord(id) { Email = value }
            : new PersonRecord(id) { GivenName = value };

        var table = new RecordTable([role]);
        foreach ((string a, string b) in pairs)
        {
            table.Add(Record($"a{table.Count}", a));
            table.Add(Record($"b{table.Count}", b));
        }

        var comparer = new PairComparer(table);
        for (int k = 0; k < pairs.Count; k++)
        {
            string? a = table.NormalisedValue(2 * k, role);
            string? b = table.NormalisedValue((2 * k) + 1, role);
            if (a is not null && b is not null)
            {
                yield return (a, b, PairComparer.LevelOf(comparer.Compare(2 * k, (2 * k) + 1), 0));
            }
        }
    }

    /// <summary>The name rules written directly over the two strings, with no bounds.</summary>
    private static int NameLevelByStrings(string a, string b)
    {
        if (a == b)
        {
            return Exact;
        }

        if (NameVariants.GroupOf(a) is int group && group >= 0 && group == NameVariants.GroupOf(b))
        {
            return NameVariant;
        }

        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0] ? NameInitial : NameDifferent;
        }

        if (StringSimilarity.WithinOneEdit(a, b))
        {
            return NameTypo;
        }

        double jaroWinkler = StringSimilarity.JaroWinkler(a, b);
        if (jaroWinkler >= 0.94)
        {
            return NameTypo;
        }

        (string primaryA, string alternateA) = DoubleMetaphone.Encode(a);
        (string primaryB, string alternateB) = DoubleMetaphone.Encode(b);
        bool soundAlike = primaryA.Length > 0 && primaryB.Length > 0
            && (primaryA == primaryB || primaryA == alternateB || alternateA == primaryB || alternateA == alternateB);
        if (jaroWinkler >= 0.88 || soundAlike)
        {
            return NameSimilar;
        }

        return a.Length >= 3 && b.Length >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
            ? NameSimilar
            : NameDifferent;
    }

    private static int EmailLevelByStrings(string a, string b)
    {
        if (a == b)
        {
            return Exact;
        }

        if (a[..a.LastIndexOf('@')] == b[..b.LastIndexOf('@')] || StringSimilarity.WithinOneEdit(a, b))
        {
            return EmailSameLocalPart;
        }

        return StringSimilarity.DamerauLevenshtein(a, b) <= 2 ? EmailSimilar : EmailDifferent;
    }

    private static int SharedCharacters(string a, string b) =>
        a.GroupBy(c => c).Sum(g => Math.Min(g.Count(), b.Count(c => c == g.Key)));

    private static string RandomText(Random random, string alphabet, int minLength, int maxLength) =>
        new([.. Enumerable.Range(0, random.Next(minLength, maxLength + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

    /// <summary>One typo of the kinds agencies make, or a shortened form, or a different name.</summary>
    private static string Mutate(Random random, string text)
    {
        int at = random.Next(text.Length);
        char letter = Letters[random.Next(Letters.Length)];
        return random.Next(7) switch
        {
            0 => text,
            1 => text.Remove(at, 1) is { Length: > 0 } shorter ? shorter : text,
            2 => text.Insert(at, letter.ToString()),
            3 => text[..at] + letter + text[(at + 1)..],
            4 when text.Length > 1 && at < text.Length - 1 => text[..at] + text[at + 1] + text[at] + text[(at + 2)..],
            5 when text.Length > 3 => text[..random.Next(3, text.Length)],
            _ => RandomText(random, Letters, 1, 10),
        };
    }
}
