using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Harbour.Core.Concerns;

/// <summary>
/// Identifiers are stored in one form so the same phone, postcode or vehicle reported by two agencies matches:
/// phones in E.164, UK postcodes upper case with one space, vehicle registrations upper case without spaces.
/// Each method gives null for something that is not a valid identifier of its kind.
/// </summary>
public static partial class Identifiers
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public const string PhoneError = "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";
    public const string PostcodeError = "Enter a full UK postcode, like SO14 3JA";
    public const string VehicleError = "Enter a vehicle registration using only letters and numbers, like AB12 CDE";

    public static string? Phone(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 40)
        {
            return null;
        }

        try
        {
            var number = Phones.Parse(raw, "GB");
            // "Possible" (right length for its country) rather than "valid" (in an allocated range): a new or
            // reserved range is still someone's phone, and a typo in the length is what this catches.
            var possible = Phones.IsValidNumber(number)
                || Phones.IsPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
            return possible ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            // Not a phone number at all: the caller shows the GOV.UK message.
            return null;
        }
    }

    public static string? Postcode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 16)
        {
            return null;
        }

        var compact = new string(raw.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return UkPostcode().IsMatch(compact) ? $"{compact[..^3]} {compact[^3..]}" : null;
    }

    public static string? VehicleRegistration(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var compact = new string(raw.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        return compact.Length is >= 2 and <= 8 && compact.All(char.IsAsciiLetterOrDigit) ? compact : null;
    }

    // Outward code (area, district, optional letter) then inward code (digit, two letters); GIR 0AA is the odd one.
    [GeneratedRegex("^(GIR0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNP-Y]?[0-9][ABD-HJLNP-UW-Z]{2})$")]
    private static partial Regex UkPostcode();
}
