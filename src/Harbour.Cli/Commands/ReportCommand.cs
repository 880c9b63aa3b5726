using System.CommandLine;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.Documents;
using Harbour.Core.Governance;
using Harbour.Core.Learning;
using Harbour.Core.Statistics;

namespace Harbour.Cli.Commands;

/// <summary><c>harbour report annual --year 2026 --out report.pdf</c>: the annual report to the Local Criminal Justice Board, as PDF or Word.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var connection = new DatabaseConnection();
        var year = new Option<int>("--year") { Description = "The calendar year the report covers.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The file to write: .pdf, or .docx for an editable Word document.", Required = true };
        var annual = new Command("annual", "The partnership's annual report: delivery against the strategy, what the records show, training.") { year, output };
        connection.AddTo(annual);
        annual.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = connection.CreateContext(parse);
            return await WriteAnnualAsync(db, TimeProvider.System, parse.GetValue(year), parse.GetValue(output)!, Console.Out, Console.Error, cancellationToken);
        });

        return new Command("report", "Reports of the partnership's work.") { annual };
    }

    public static async Task<int> WriteAnnualAsync(HarbourDbContext db, TimeProvider time, int year, FileInfo output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        Func<ReportDocument, byte[]>? render = output.Extension.ToUpperInvariant() switch
        {
            ".PDF" => ReportPdf.Render,
            ".DOCX" => ReportWord.Render,
            _ => null,
        };
        if (render is null)
        {
            await stderr.WriteLineAsync($"--out must name a .pdf or .docx file, not '{output.Name}'.");
            return 2;
        }

        if (year is < 2000 or > 9999)
        {
            await stderr.WriteLineAsync($"--year must be a year like 2026, not {year}.");
            return 2;
        }

        var audit = new AuditLog(db, time);
        var reports = new AnnualReportService(db, time, new LearningService(db, time, audit), new StatisticsService(db, time, audit));
        var report = await reports.BuildAsync(year, cancellationToken);
        await File.WriteAllBytesAsync(output.FullName, render(report), cancellationToken);
        await stdout.WriteLineAsync($"{report.Title}: written to {output.FullName}");
        return 0;
    }
}
