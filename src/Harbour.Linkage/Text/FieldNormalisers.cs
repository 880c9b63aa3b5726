using System.Collections.Concurrent;
using System.Collections.Frozen;
using PhoneNumbers;

namespace Harbour.Linkage.Text;

/// <summary>Normalisers for the fields that are not names or dates.</summary>
public static class FieldNormalisers
{
    private static readonly PhoneNumberUtil PhoneUtil = PhoneNumberUtil.GetInstance();
    private static readonly ConcurrentDictionary<string, string> PhoneCache = new(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> StreetAbbreviations = new Dictionary<string, string>
    {
        ["st"] = "street", ["str"] = "street", ["rd"] = "road", ["ave"] = "avenue", ["av"] = "avenue",
        ["ln"] = "lane", ["dr"] = "drive", ["cres"] = "crescent", ["cr"] = "crescent", ["ct"] = "court",
        ["pl"] = "place", ["sq"] = "square", ["cl"] = "close", ["gdns"] = "gardens", ["gr"] = "grove",
        ["tce"] = "terrace", ["ter"] = "terrace", ["pde"] = "parade", ["hwy"] = "highway", ["blvd"] = "boulevard",
        ["cct"] = "circuit", ["cir"] = "circuit", ["mt"] = "mount", ["nth"] = "north", ["sth"] = "south",
        ["n"] = "north", ["s"] = "south", ["e"] = "east", ["w"] = "west", ["apt"] = "flat", ["unit"] = "flat",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Countries = BuildCountries();

    /// <summary>
    /// A phone number in E.164 form (UK by default for numbers written nationally). Text with too few digits
    /// to be a phone number gives null; numbers libphonenumber cannot place keep their digits.
    /// </summary>
    public static string? Phone(string? raw, string defaultRegion = "GB")
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        Span<char> digits = stackalloc char[Math.Min(raw.Length + 1, 64)];
        int length = 0;
        bool international = false;
        foreach (char c in raw)
        {
            if (c == '+' && length == 0)
            {
                international = true;
            }
            else if (char.IsAsciiDigit(c) && length < digits.Length - 1)
            {
                digits[length++] = c;
            }
        }

        if (length < 6)
        {
            return null;
        }

        if (defaultRegion == "GB" && TryUkMobileFastPath(digits[..length], international, out string? e164))
        {
            return e164;
        }

        string key = international ? "+" + new string(digits[..length]) : new string(digits[..length]);
        return PhoneCache.GetOrAdd(key, static (candidate, region) => ToE164(candidate, region), defaultRegion);
    }

    /// <summary>
    /// UK mobile numbers (07xxx xxxxxx, +44 7xxx, 0044 7xxx) are most of what agencies record; they convert to
    /// E.164 by rule, exactly as libphonenumber does (a test checks the two agree), without its parsing cost.
    /// </summary>
    private static bool TryUkMobileFastPath(ReadOnlySpan<char> digits, bool international, out string? e164)
    {
        e164 = null;
        ReadOnlySpan<char> national;
        if (!international && digits.Length == 11 && digits.StartsWith("07"))
        {
            national = digits[1..];
        }
        else if (international && digits.Length == 12 && digits.StartsWith("447"))
        {
            national = digits[2..];
        }
        else if (!international && digits.Length == 14 && digits.StartsWith("00447"))
        {
            national = digits[4..];
        }
        else
        {
            return false;
        }

        // 07 followed by 1-9 in the next digit are mobile and pager ranges; 070 is personal numbering, left to the library.
        if (national[1] == '0')
        {
            return false;
        }

        e164 = string.Concat("+44", national);
        return true;
    }

    private static string ToE164(string candidate, string region)
    {
        string text = candidate.StartsWith("00", StringComparison.Ordinal) ? "+" + candidate[2..] : candidate;
        if (!PhoneUtil.IsPossibleNumber(text, region))
        {
            // Not a dialable number (a fragment, or a local number without its area code): compare its digits.
            return text;
        }

        PhoneNumber number = PhoneUtil.Parse(text, region);
        return PhoneUtil.Format(number, PhoneNumberFormat.E164);
    }

    /// <summary>
    /// An email address in lower case with any "+tag" removed; dots in Gmail local parts are removed as Gmail ignores them.
    /// </summary>
    public static string? Email(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        string email = raw.Trim().ToLowerInvariant();
        int at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1)
        {
            return email;
        }

        string local = email[..at];
        string domain = email[(at + 1)..];
        int plus = local.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0)
        {
            local = local[..plus];
        }

        if (domain is "gmail.com" or "googlemail.com")
        {
            local = local.Replace(".", string.Empty, StringComparison.Ordinal);
            domain = "gmail.com";
        }

        return local + "@" + domain;
    }

    /// <summary>An address folded to words with common street abbreviations expanded.</summary>
    public static string? Address(string? raw)
    {
        string folded = TextNormaliser.Normalise(raw);
        if (folded.Length == 0)
        {
            return null;
        }

        string[] tokens = folded.Split(' ');
        for (int i = 0; i < tokens.Length; i++)
        {
            if (StreetAbbreviations.TryGetValue(tokens[i], out string? expanded))
            {
                tokens[i] = expanded;
            }
        }

        return string.Join(' ', tokens);
    }

    /// <summary>The first token of an address that holds a digit (the house or flat number), or null.</summary>
    public static string? HouseNumber(string normalisedAddress)
    {
        foreach (string token in normalisedAddress.Split(' '))
        {
            if (token.Any(char.IsAsciiDigit))
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>M, F or X; null when not stated.</summary>
    public static string? Gender(string? raw)
    {
        string folded = TextNormaliser.Normalise(raw);
        return folded switch
        {
            "" or "unknown" or "not known" or "not stated" or "u" or "nk" => null,
            "m" or "male" or "man" or "boy" => "M",
            "f" or "female" or "woman" or "girl" => "F",
            _ => "X",
        };
    }

    /// <summary>An ISO 3166 alpha-2 code for common country names and nationalities, otherwise the folded text.</summary>
    public static string? Nationality(string? raw)
    {
        string folded = TextNormaliser.Normalise(raw);
        if (folded.Length == 0)
        {
            return null;
        }

        return Countries.TryGetValue(folded, out string? code) ? code : folded;
    }

    /// <summary>A reference number folded to upper-case letters and digits.</summary>
    public static string? Identifier(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        string folded = new(raw.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return folded.Length == 0 ? null : folded;
    }

    private static FrozenDictionary<string, string> BuildCountries()
    {
        string[] rows =
        [
            "GB|gb,uk,united kingdom,great britain,british,english,scottish,welsh,england,scotland,wales,northern ireland",
            "AL|al,alb,albania,albanian",
            "VN|vn,vnm,vietnam,viet nam,vietnamese",
            "RO|ro,rou,romania,romanian",
            "ER|er,eri,eritrea,eritrean",
            "SD|sd,sdn,sudan,sudanese",
            "PL|pl,pol,poland,polish",
            "CN|cn,chn,china,chinese",
            "IQ|iq,irq,iraq,iraqi",
            "IR|ir,irn,iran,iranian",
            "AF|af,afg,afghanistan,afghan",
            "SY|sy,syr,syria,syrian",
            "ET|et,eth,ethiopia,ethiopian",
            "IN|in,ind,india,indian",
            "PK|pk,pak,pakistan,pakistani",
            "NG|ng,nga,nigeria,nigerian",
            "BG|bg,bgr,bulgaria,bulgarian",
            "LT|lt,ltu,lithuania,lithuanian",
            "SK|sk,svk,slovakia,slovak",
            "HU|hu,hun,hungary,hungarian",
            "UA|ua,ukr,ukraine,ukrainian",
            "IE|ie,irl,ireland,irish",
        ];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string row in rows)
        {
            string[] parts = row.Split('|');
            foreach (string name in parts[1].Split(','))
            {
                map.TryAdd(name, parts[0]);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
