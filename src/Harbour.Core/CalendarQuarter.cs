using System.Globalization;

namespace Harbour.Core;

/// <summary>
/// A calendar quarter (January to March is quarter 1), as the Home Office publishes NRM statistics. Action-plan
/// updates are asked for each quarter, the partnership meets once in each, and the figures are counted by them.
/// </summary>
public readonly record struct CalendarQuarter(int Year, int Number) : IComparable<CalendarQuarter>
{
    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    /// <summary>"2026 Q1".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year} Q{Number}");

    /// <summary>"January to March 2026".</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{MonthName(Start.Month)} to {MonthName(End.Month)} {Year}");

    public static CalendarQuarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public static CalendarQuarter Of(DateTime time) => Of(DateOnly.FromDateTime(time));

    public CalendarQuarter Next() => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    /// <summary>The quarters that overlap the period, in order.</summary>
    public static IReadOnlyList<CalendarQuarter> Spanning(DateOnly from, DateOnly to)
    {
        var quarters = new List<CalendarQuarter>();
        for (var quarter = Of(from); quarter.Start <= to; quarter = quarter.Next())
        {
            quarters.Add(quarter);
        }

        return quarters;
    }

    public int CompareTo(CalendarQuarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public override string ToString() => Label;

    public static bool operator <(CalendarQuarter left, CalendarQuarter right) => left.CompareTo(right) < 0;

    public static bool operator >(CalendarQuarter left, CalendarQuarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(CalendarQuarter left, CalendarQuarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(CalendarQuarter left, CalendarQuarter right) => left.CompareTo(right) >= 0;

    private static string MonthName(int month) => CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(month);
}
