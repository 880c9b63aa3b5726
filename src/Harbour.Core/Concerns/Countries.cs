using System.Globalization;

namespace Harbour.Core.Concerns;

public sealed record Country(string Code, string Name);

/// <summary>
/// ISO 3166-1 alpha-2 countries with their English names, from the ICU data .NET carries (so the list is
/// maintained upstream, not by hand). Groupings that are not countries (EU, UN) are left out.
/// </summary>
public static class Countries
{
    private static readonly HashSet<string> NotCountries = new(StringComparer.Ordinal) { "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ" };

    public static IReadOnlyList<Country> All { get; } = Load();

    private static readonly Dictionary<string, Country> ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    public static string? NameOf(string? code) => code is not null && ByCode.TryGetValue(code, out var country) ? country.Name : null;

    private static List<Country> Load()
    {
        var countries = new List<Country>();
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                var code = $"{first}{second}";
                if (NotCountries.Contains(code))
                {
                    continue;
                }

                try
                {
                    var region = new RegionInfo(code);
                    if (region.TwoLetterISORegionName == code && region.EnglishName != code)
                    {
                        countries.Add(new Country(code, region.EnglishName));
                    }
                }
                catch (ArgumentException)
                {
                    // Not an assigned region code.
                }
            }
        }

        return countries.OrderBy(c => c.Name, StringComparer.Create(CultureInfo.GetCultureInfo("en-GB"), CompareOptions.IgnoreNonSpace)).ToList();
    }
}
