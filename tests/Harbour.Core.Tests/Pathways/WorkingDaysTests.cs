namespace Harbour.Core.Tests.Pathways;

public sealed class WorkingDaysTests
{
    [Theory]
    // Christmas 2025: Thursday 25 and Friday 26 December are holidays.
    [InlineData("2025-12-23", 5, "2026-01-02")]
    // Easter 2026: Good Friday 3 April and Easter Monday 6 April.
    [InlineData("2026-04-01", 5, "2026-04-10")]
    // Christmas 2026 falls on a Friday; Boxing Day is substituted to Monday 28 December.
    [InlineData("2026-12-24", 1, "2026-12-29")]
    // Easter 2027: Good Friday 26 March and Easter Monday 29 March.
    [InlineData("2027-03-25", 1, "2027-03-30")]
    // Christmas 2027 falls on a Saturday: holidays on Monday 27 and Tuesday 28 December.
    [InlineData("2027-12-24", 1, "2027-12-29")]
    // Early May 2025 bank holiday, Monday 5 May.
    [InlineData("2025-05-02", 1, "2025-05-06")]
    // An ordinary week.
    [InlineData("2026-11-23", 5, "2026-11-30")]
    public void AddDays_SkipsWeekendsAndBankHolidays(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            WorkingDays.AddDays(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void BankHolidays_ComeFromTheDataFileAndCoverTo2027()
    {
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2026, 8, 31)));
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2026, 9, 1)));
        Assert.True(WorkingDays.CoveredUntilYear >= 2027);
    }
}
