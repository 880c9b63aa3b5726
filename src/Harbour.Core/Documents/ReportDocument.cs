namespace Harbour.Core.Documents;

/// <summary>
/// A report as plain content — headings, paragraphs, tables and bar charts — so one report is written once and
/// rendered the same way as a web page, a PDF and a Word document.
/// </summary>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections);

public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);

public abstract record ReportBlock;

public sealed record ReportParagraph(string Text) : ReportBlock;

public sealed record ReportSubheading(string Text) : ReportBlock;

public sealed record ReportTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A horizontal bar chart; every renderer puts its data table under it.</summary>
public sealed record ReportChart(string Title, string ValueName, IReadOnlyList<ReportBar> Bars) : ReportBlock
{
    public ReportTable AsTable() =>
        new(Title, ["", ValueName], [.. Bars.Select(b => (IReadOnlyList<string>)[b.Label, b.Value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))])]);
}

public sealed record ReportBar(string Label, int Value);
