using Harbour.Cli.Commands;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Harbour.Testing;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace Harbour.Cli.Tests;

public sealed class ReportCommandTests
{
    [SkippableFact]
    public async Task ReportAnnual_WritesAPdfWithTheReportsHeadings()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        await using var db = database.CreateContext();
        await new ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(RepositoryPaths.ReferenceData);
        var output = new FileInfo(Path.Combine(Path.GetTempPath(), $"harbour-report-{Guid.NewGuid():N}.pdf"));
        var stdout = new StringWriter();

        var exitCode = await ReportCommand.WriteAnnualAsync(db, time, 2026, output, stdout, new StringWriter());

        Assert.Equal(0, exitCode);
        using var pdf = PdfDocument.Open(output.FullName);
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("annual report 2026", words, StringComparison.Ordinal);
        Assert.Contains("Delivery against the strategy", words, StringComparison.Ordinal);
        Assert.Contains("written to", stdout.ToString(), StringComparison.Ordinal);
        output.Delete();
    }

    [SkippableFact]
    public async Task ReportAnnual_OutputThatIsNotPdfOrWord_ExitsTwoNamingIt()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var stderr = new StringWriter();

        var exitCode = await ReportCommand.WriteAnnualAsync(db, TimeProvider.System, 2026, new FileInfo("report.xlsx"), new StringWriter(), stderr);

        Assert.Equal(2, exitCode);
        Assert.Equal("--out must name a .pdf or .docx file, not 'report.xlsx'.", stderr.ToString().Trim());
    }
}
