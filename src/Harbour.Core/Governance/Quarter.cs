using System.Globalization;

namespace Harbour.Core.Governance;

/// <summary>A calendar quarter: updates are asked for each quarter, and the partnership meets once in each.</summary>
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    public static Quarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public DateOnly StartsOn => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly EndsOn => StartsOn.AddMonths(3).AddDays(-1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    /// <summary>"January to March 2026".</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{MonthName(StartsOn.Month)} to {MonthName(EndsOn.Month)} {Year}");

    public int CompareTo(Quarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year} Q{Number}");

    private static string MonthName(int month) => CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(month);

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;
}
