namespace Harbour.Core;

/// <summary>
/// Working days for statutory and local targets (triage within 1 working day; NRM Reasonable Grounds within 5):
/// Monday to Friday, except bank holidays in England and Wales. The holidays come from
/// <c>reference-data/bank-holidays.json</c>, built into this assembly; to add a year, replace the file with
/// https://www.gov.uk/bank-holidays.json (same shape; only "england-and-wales" is read) and rebuild.
/// </summary>
public static class WorkingDays
{
    private static readonly HashSet<DateOnly> BankHolidays = LoadBankHolidays();

    /// <summary>The last year the data file covers; dates after it count weekends only.</summary>
    public static int CoveredUntilYear { get; } = BankHolidays.Max(d => d.Year);

    private static HashSet<DateOnly> LoadBankHolidays()
    {
        using var stream = typeof(WorkingDays).Assembly.GetManifestResourceStream("Harbour.BankHolidays.json")
            ?? throw new InvalidOperationException("The bank holidays file is not built into Harbour.Core.");
        using var document = System.Text.Json.JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("england-and-wales").GetProperty("events").EnumerateArray()
            .Select(e => DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();
    }

    /// <summary>The date <paramref name="days"/> working days after <paramref name="start"/>.</summary>
    public static DateOnly AddDays(DateOnly start, int days)
    {
        var day = start;
        for (var added = 0; added < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }

        return day;
    }

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
