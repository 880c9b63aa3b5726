using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Harbour.Core.Statistics;

/// <summary>A table for export: a title, column headings and rows of text or whole numbers.</summary>
public sealed record StatisticsTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object>> Rows)
{
    /// <summary>A short name for the Excel sheet (31 characters at most); the title otherwise.</summary>
    public string? Sheet { get; init; }
}

/// <summary>
/// Keeps spreadsheet programs from running a cell as a formula (CSV/formula injection): text that begins with
/// =, +, -, @, a tab or a carriage return gets a leading single quote, so it is shown as the text it is.
/// </summary>
public static class SpreadsheetSafety
{
    public static string Neutralise(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";

    /// <summary>Numbers stay numbers; everything else is text, neutralised.</summary>
    public static object Cell(object? value) => value switch
    {
        int or long or double or decimal => value,
        _ => Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}

/// <summary>Writes statistics tables as CSV (one file, tables one after another) and as Excel (one sheet per table).</summary>
public static class StatisticsExport
{
    public static async Task WriteCsvAsync(Stream stream, IReadOnlyList<StatisticsTable> tables, IReadOnlyList<string>? notes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true), leaveOpen: true);
        // Neutralised here by the one shared rule, so CSV and Excel agree.
        await using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true);
        // Every record is padded to the widest table, so the file keeps one field count (RFC 4180) with notes and titles in it.
        var width = Math.Max(1, tables.Count == 0 ? 1 : tables.Max(t => t.Columns.Count));
        void Record(IEnumerable<object> cells)
        {
            var written = 0;
            foreach (var cell in cells)
            {
                csv.WriteField(Convert.ToString(SpreadsheetSafety.Cell(cell), CultureInfo.InvariantCulture) ?? "");
                written++;
            }

            for (; written < width; written++)
            {
                csv.WriteField("");
            }

            csv.EndRecord();
        }

        foreach (var note in notes ?? [])
        {
            Record([note]);
        }

        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            if (t > 0 || notes is { Count: > 0 })
            {
                Record([]);
            }

            if (tables.Count > 1)
            {
                Record([table.Title]);
            }

            Record(table.Columns);
            foreach (var row in table.Rows)
            {
                Record(row);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteExcelAsync(Stream stream, IReadOnlyList<StatisticsTable> tables, IReadOnlyList<string>? notes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        if (notes is { Count: > 0 })
        {
            sheets["Notes"] = notes.Select(n => new Dictionary<string, object> { ["Notes"] = SpreadsheetSafety.Neutralise(n) }).ToList();
        }

        foreach (var table in tables)
        {
            sheets[SheetName(table.Sheet ?? table.Title, sheets.Keys)] = Rows(table);
        }

        await MiniExcel.SaveAsAsync(stream, sheets, printHeader: true, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    private static List<Dictionary<string, object>> Rows(StatisticsTable table)
    {
        // Headings become the sheet's first row, so they are neutralised like any cell; duplicates get a suffix.
        var headings = new List<string>();
        foreach (var column in table.Columns)
        {
            var heading = SpreadsheetSafety.Neutralise(column);
            while (headings.Contains(heading))
            {
                heading += " ";
            }

            headings.Add(heading);
        }

        return table.Rows.Select(row => headings.Select((h, i) => (h, Value: SpreadsheetSafety.Cell(i < row.Count ? row[i] : "")))
                .ToDictionary(x => x.h, x => x.Value, StringComparer.Ordinal))
            .ToList();
    }

    /// <summary>Excel allows 31 characters and no []:*?/\ in a sheet name.</summary>
    private static string SheetName(string title, IEnumerable<string> taken)
    {
        var clean = new string(title.Where(c => !"[]:*?/\\'".Contains(c)).ToArray());
        var name = clean.Length > 31 ? clean[..31].TrimEnd() : clean;
        var existing = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var n = 2; existing.Contains(name); n++)
        {
            name = (clean.Length > 28 ? clean[..28] : clean) + " " + n.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }
}
