namespace Harbour.Core;

/// <summary>
/// Working days for statutory and local targets (triage within 1 working day; NRM Reasonable Grounds within 5):
/// Monday to Friday, except bank holidays in England and Wales (GOV.UK, 2025 to 2027).
/// </summary>
public static class WorkingDays
{
    private static readonly HashSet<DateOnly> BankHolidays =
    [
        new(2025, 1, 1), new(2025, 4, 18), new(2025, 4, 21), new(2025, 5, 5), new(2025, 5, 26), new(2025, 8, 25), new(2025, 12, 25), new(2025, 12, 26),
        new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4), new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
        new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 3), new(2027, 5, 31), new(2027, 8, 30), new(2027, 12, 27), new(2027, 12, 28),
    ];

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays.Contains(day);

    /// <summary>The same time of day, <paramref name="days"/> working days later (a start on a non-working day counts from the next working day).</summary>
    public static DateTime Add(DateTime start, int days)
    {
        var day = DateOnly.FromDateTime(start);
        var time = start.TimeOfDay;
        if (!IsWorkingDay(day))
        {
            while (!IsWorkingDay(day))
            {
                day = day.AddDays(1);
            }

            time = TimeSpan.FromHours(9);
        }

        for (var added = 0; added < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }

        return DateTime.SpecifyKind(day.ToDateTime(TimeOnly.FromTimeSpan(time)), start.Kind);
    }

    /// <summary>Whole working days from one date to another (0 when the same day).</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day < to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day.AddDays(1)))
            {
                count++;
            }
        }

        return count;
    }
}
