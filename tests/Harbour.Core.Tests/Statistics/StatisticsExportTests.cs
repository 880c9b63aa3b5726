using System.Text;
using Harbour.Core.Statistics;
using MiniExcelLibs;

namespace Harbour.Core.Tests.Statistics;

public sealed class StatisticsExportTests
{
    private static readonly string[] Dangerous = ["=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"];

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44", "'+44")]
    [InlineData("-5", "'-5")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("Romania", "Romania")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Neutralise_PrefixesFormulaStarts(string? value, string expected) => Assert.Equal(expected, SpreadsheetSafety.Neutralise(value));

    private static StatisticsTable Table() =>
        new("Referrals by nationality", ["Quarter", "=Nationality", "Total"], Dangerous.Select(d => (IReadOnlyList<object>)["2025 Q1", d, 3]).ToList());

    [Fact]
    public async Task Csv_NeutralisesFormulaInjection_WhenReadBack()
    {
        using var stream = new MemoryStream();
        await StatisticsExport.WriteCsvAsync(stream, [Table()], ["=notes"]);
        stream.Position = 0;

        using var reader = Sylvan.Data.Csv.CsvDataReader.Create(new StreamReader(stream, Encoding.UTF8),
            new Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = false });
        var cells = new List<string>();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.RowFieldCount; i++)
            {
                cells.Add(reader.GetString(i));
            }
        }

        Assert.Contains("'=notes", cells);
        Assert.Contains("'=Nationality", cells);
        Assert.All(Dangerous, d => Assert.Contains("'" + d, cells));
        Assert.DoesNotContain(cells, c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal));
        Assert.Contains("3", cells);
    }

    [Fact]
    public async Task Excel_NeutralisesFormulaInjection_WhenReadBack()
    {
        using var stream = new MemoryStream();
        await StatisticsExport.WriteExcelAsync(stream, [Table()], ["=notes"]);
        stream.Position = 0;

        var sheets = MiniExcel.GetSheetNames(stream);
        Assert.Equal(["Notes", "Referrals by nationality"], sheets);
        var cells = new List<object?>();
        foreach (var sheet in sheets)
        {
            stream.Position = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX))
            {
                cells.AddRange(row.Values);
            }
        }

        // XML keeps a carriage return inside a cell as a line feed.
        var text = cells.OfType<string>().Select(c => c.Replace('\n', '\r')).ToList();
        Assert.Contains("'=notes", text);
        Assert.Contains("'=Nationality", text);
        Assert.All(Dangerous, d => Assert.Contains("'" + d, text));
        Assert.DoesNotContain(text, c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal));
        Assert.Contains(cells, c => c is double or int or long or decimal && Convert.ToInt32(c, System.Globalization.CultureInfo.InvariantCulture) == 3);
    }
}
