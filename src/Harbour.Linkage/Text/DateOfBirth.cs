namespace Harbour.Linkage.Text;

/// <summary>A parsed date of birth. Digits are kept even when the date is not a valid calendar date.</summary>
public readonly record struct DateOfBirth(int Year, int Month, int Day)
{
    /// <summary>yyyymmdd as an integer; unknown month or day are 0.</summary>
    public int Digits => (Year * 10000) + (Month * 100) + Day;

    /// <summary>True for 1 January or a date with only a year: agencies record these when the real date is unknown.</summary>
    public bool IsPlaceholder => (Month == 1 && Day == 1) || Month == 0 || Day == 0;

    /// <summary>Days since 0001-01-01 when the date is a real calendar date, otherwise null.</summary>
    public int? DayNumber =>
        Year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month)
            ? new DateOnly(Year, Month, Day).DayNumber
            : null;

    /// <summary>
    /// Parses yyyymmdd, yyyy-mm-dd, yyyy/mm/dd, dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy (UK day-first order) and a
    /// bare year. Returns false for empty or unrecognisable text.
    /// </summary>
    public static bool TryParse(string? raw, out DateOfBirth date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        ReadOnlySpan<char> text = raw.AsSpan().Trim();
        int tIndex = text.IndexOf('T');
        if (tIndex > 0)
        {
            text = text[..tIndex];
        }

        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        int count = 0;
        int current = 0;
        int length = 0;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                current = (current * 10) + (c - '0');
                length++;
                if (length > 8)
                {
                    return false;
                }
            }
            else if (c is '-' or '/' or '.' or ' ')
            {
                if (length == 0)
                {
                    continue;
                }

                if (count == 3)
                {
                    return false;
                }

                parts[count] = current;
                lengths[count++] = length;
                current = 0;
                length = 0;
            }
            else
            {
                return false;
            }
        }

        if (length > 0)
        {
            if (count == 3)
            {
                return false;
            }

            parts[count] = current;
            lengths[count++] = length;
        }

        switch (count)
        {
            case 1 when lengths[0] == 8:
                date = new DateOfBirth(parts[0] / 10000, parts[0] / 100 % 100, parts[0] % 100);
                return true;
            case 1 when lengths[0] == 4:
                date = new DateOfBirth(parts[0], 0, 0);
                return true;
            case 3 when lengths[0] == 4:
                date = new DateOfBirth(parts[0], parts[1], parts[2]);
                return true;
            case 3 when lengths[2] == 4:
                date = new DateOfBirth(parts[2], parts[1], parts[0]);
                return true;
            case 3 when lengths[2] == 2:
                // Two-digit years are read as the most recent past century, the usual case for a date of birth.
                date = new DateOfBirth(parts[2] <= 30 ? 2000 + parts[2] : 1900 + parts[2], parts[1], parts[0]);
                return true;
            default:
                return false;
        }
    }
}
