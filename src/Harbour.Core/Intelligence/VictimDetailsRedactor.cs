using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Harbour.Core.Concerns;
using PhoneNumbers;

namespace Harbour.Core.Intelligence;

/// <summary>The text with victims' details taken out, and how many of each kind went.</summary>
public sealed record Redaction(string Text, IReadOnlyList<VictimDetailRemoval> Removals)
{
    public int Total => Removals.Sum(r => r.Count);
}

/// <summary>
/// Takes the personal details Harbour holds about a victim (names, aliases, date of birth, phone, address,
/// postcode) out of free text, putting "[victim's name]" and so on in their place. Matching ignores case and
/// how the text is spaced or broken over lines; dates are found in the common written forms (14/03/1998,
/// 14-3-98, 1998-03-14, 14th March 1998, March 14, 1998) and phone numbers however they are grouped, with or
/// without the country code. A name part shorter than two letters (an initial) is left alone.
/// </summary>
public static class VictimDetailsRedactor
{
    private const string Boundary = @"(?<![\p{L}\p{N}])";
    private const string End = @"(?![\p{L}\p{N}])";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static string Placeholder(VictimDetailKind kind) => kind switch
    {
        VictimDetailKind.Name => "[victim's name]",
        VictimDetailKind.Alias => "[victim's alias]",
        VictimDetailKind.DateOfBirth => "[victim's date of birth]",
        VictimDetailKind.Phone => "[victim's phone number]",
        VictimDetailKind.Address => "[victim's address]",
        _ => "[victim's postcode]",
    };

    public static string Describe(VictimDetailKind kind) => kind switch
    {
        VictimDetailKind.Name => "Name",
        VictimDetailKind.Alias => "Alias",
        VictimDetailKind.DateOfBirth => "Date of birth",
        VictimDetailKind.Phone => "Phone number",
        VictimDetailKind.Address => "Address",
        _ => "Postcode",
    };

    public static Redaction Redact(string text, IEnumerable<PersonAtRisk> victims)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(victims);
        var patterns = new List<(string Pattern, VictimDetailKind Kind, int Length)>();
        foreach (var victim in victims)
        {
            AddName(patterns, victim.GivenNames, victim.FamilyName);
            foreach (var alias in victim.Aliases)
            {
                AddWords(patterns, alias, VictimDetailKind.Alias);
            }

            if (victim.DateOfBirth is { } born)
            {
                patterns.AddRange(DatePatterns(born).Select(p => (p, VictimDetailKind.DateOfBirth, 100)));
            }

            if (PhonePattern(victim.Phone) is { } phone)
            {
                patterns.Add((phone, VictimDetailKind.Phone, 100));
            }

            if (!string.IsNullOrWhiteSpace(victim.Address))
            {
                AddWords(patterns, victim.Address, VictimDetailKind.Address, separators: @"[\s,]+");
                // The first line on its own ("12 Dock Road"), as people write it in a sentence.
                var firstLine = victim.Address.Split([',', '\n'], 2)[0];
                if (firstLine.Length < victim.Address.Length && Words(firstLine).Length >= 2)
                {
                    AddWords(patterns, firstLine, VictimDetailKind.Address);
                }
            }

            if (Identifiers.Postcode(victim.Postcode) is { } postcode)
            {
                var compact = postcode.Replace(" ", "", StringComparison.Ordinal);
                patterns.Add((Boundary + Regex.Escape(compact[..^3]) + @"\s*" + Regex.Escape(compact[^3..]) + End, VictimDetailKind.Postcode, compact.Length));
            }
        }

        if (patterns.Count == 0)
        {
            return new Redaction(text, []);
        }

        // One pass, longest first, so "Ana Popescu" is one name rather than two and a removed detail is never matched again.
        var ordered = patterns.DistinctBy(p => p.Pattern).OrderByDescending(p => p.Length).ToList();
        var combined = string.Join('|', ordered.Select((p, i) => $"(?<g{i}>{p.Pattern})"));
        var regex = new Regex(combined, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);
        var counts = new Dictionary<VictimDetailKind, int>();
        var redacted = regex.Replace(text, match =>
        {
            var index = Enumerable.Range(0, ordered.Count).First(i => match.Groups[$"g{i}"].Success);
            var kind = ordered[index].Kind;
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            return Placeholder(kind);
        });
        return new Redaction(redacted, [.. counts.OrderBy(c => c.Key).Select(c => new VictimDetailRemoval { Kind = c.Key, Count = c.Value })]);
    }

    private static void AddName(List<(string, VictimDetailKind, int)> patterns, string? given, string? family)
    {
        var full = string.Join(' ', new[] { given, family }.Where(n => !string.IsNullOrWhiteSpace(n)));
        AddWords(patterns, full, VictimDetailKind.Name);
        foreach (var part in Words(full))
        {
            AddWords(patterns, part, VictimDetailKind.Name);
        }
    }

    private static void AddWords(List<(string, VictimDetailKind, int)> patterns, string? value, VictimDetailKind kind, string separators = @"\s+")
    {
        var words = Words(value ?? "");
        if (words.Length == 0 || (words.Length == 1 && words[0].Length < 2))
        {
            return;
        }

        patterns.Add((Boundary + string.Join(separators, words.Select(Regex.Escape)) + End, kind, words.Sum(w => w.Length)));
    }

    private static string[] Words(string value) =>
        value.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string> DatePatterns(DateOnly date)
    {
        var day = $"0?{date.Day}";
        var month = $"0?{date.Month}";
        var year = $"(?:{date.Year}|{date.Year % 100:00})";
        var english = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat;
        var monthName = $"(?:{english.GetMonthName(date.Month)}|{english.GetAbbreviatedMonthName(date.Month).TrimEnd('.')}\\.?)";
        const string Ordinal = "(?:st|nd|rd|th)?";
        const string Separator = @"\s*[/\-.]\s*";
        var digitsBefore = @"(?<!\d)";
        var digitsAfter = @"(?!\d)";
        yield return digitsBefore + day + Separator + month + Separator + year + digitsAfter;
        yield return digitsBefore + date.Year + Separator + month + Separator + day + digitsAfter;
        yield return digitsBefore + day + Ordinal + @"\s*(?:of\s+)?" + monthName + @",?\s*" + date.Year + digitsAfter;
        yield return Boundary + monthName + @"\s*" + day + Ordinal + @",?\s*" + date.Year + digitsAfter;
    }

    /// <summary>The digits of the number in order, with any spacing or punctuation between them, national or international form.</summary>
    private static string? PhonePattern(string? e164)
    {
        if (string.IsNullOrWhiteSpace(e164))
        {
            return null;
        }

        PhoneNumber number;
        try
        {
            number = Phones.Parse(e164, "GB");
        }
        catch (NumberParseException)
        {
            return null;
        }

        var national = Phones.GetNationalSignificantNumber(number);
        if (national.Length < 6)
        {
            return null;
        }

        const string Gap = @"[\s\-().]*";
        var digits = new StringBuilder();
        foreach (var digit in national)
        {
            if (digits.Length > 0)
            {
                digits.Append(Gap);
            }

            digits.Append(digit);
        }

        var international = $@"(?:\+|00){Gap}{number.CountryCode}{Gap}(?:\(0\){Gap})?";
        return $@"(?<![\d+])(?:{international}|\(?0?{Gap})" + digits + @"(?!\d)";
    }
}
