using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Harbour.Core.Documents;

/// <summary>
/// A report as an A4 PDF, laid out with PdfPig (Apache-2.0) in DejaVu Sans: headings, wrapped paragraphs,
/// tables with a repeated header row on each new page, and bar charts drawn as rectangles with their data table
/// underneath. Page numbers are added at the end.
/// </summary>
public sealed class ReportPdf : IDisposable
{
    private const double Margin = 56;
    private const double BodySize = 10;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private readonly List<PdfPageBuilder> pages = [];
    private PdfPageBuilder page = null!;
    private double y;

    private ReportPdf(string title)
    {
        builder.DocumentInformation.Title = title;
        regular = builder.AddTrueTypeFont(PdfFonts.Regular);
        bold = builder.AddTrueTypeFont(PdfFonts.Bold);
        NewPage();
    }

    // A4 in points.
    private const double Width = 595;
    private const double Height = 842;

    private static double ContentWidth => Width - (2 * Margin);

    public static byte[] Render(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var pdf = new ReportPdf(report.Title);
        pdf.Text(report.Title, 22, true, ContentWidth, Margin);
        pdf.y -= 6;
        pdf.Text(report.Subtitle, 12, false, ContentWidth, Margin);
        foreach (var section in report.Sections)
        {
            pdf.Space(24, 60);
            pdf.Text(section.Heading, 16, true, ContentWidth, Margin);
            pdf.y -= 4;
            foreach (var block in section.Blocks)
            {
                pdf.Block(block);
            }
        }

        return pdf.Finish();
    }

    private void Block(ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph p:
                Space(6, 30);
                Text(p.Text, BodySize, false, ContentWidth, Margin);
                break;
            case ReportSubheading h:
                Space(14, 50);
                Text(h.Text, 12.5, true, ContentWidth, Margin);
                break;
            case ReportChart chart:
                Chart(chart);
                Table(chart.AsTable());
                break;
            case ReportTable table:
                Table(table);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name);
        }
    }

    private void Chart(ReportChart chart)
    {
        const double barHeight = 12;
        const double gap = 5;
        const double labelWidth = 170;
        Space(12, 40 + Math.Min(chart.Bars.Count, 10) * (barHeight + gap));
        Text(chart.Title, 11, true, ContentWidth, Margin);
        y -= 6;
        var max = Math.Max(1, chart.Bars.Count == 0 ? 1 : chart.Bars.Max(b => b.Value));
        var barSpace = ContentWidth - labelWidth - 50;
        if (chart.Bars.Count == 0)
        {
            Text("No records in this period.", BodySize, false, ContentWidth, Margin);
            return;
        }

        foreach (var bar in chart.Bars)
        {
            Space(0, barHeight + gap);
            var label = Fit(bar.Label, 9, labelWidth - 8, regular);
            page.AddText(label, 9, new PdfPoint(Margin, y - barHeight + 3), regular);
            var length = barSpace * bar.Value / max;
            page.SetTextAndFillColor(0x1d, 0x70, 0xb8);
            page.SetStrokeColor(0x1d, 0x70, 0xb8);
            if (length > 0)
            {
                page.DrawRectangle(new PdfPoint(Margin + labelWidth, y - barHeight), length, barHeight, 0.5, fill: true);
            }

            page.ResetColor();
            page.AddText(bar.Value.ToString("N0", English), 9, new PdfPoint(Margin + labelWidth + length + 4, y - barHeight + 3), regular);
            y -= barHeight + gap;
        }

        y -= 4;
    }

    private void Table(ReportTable table)
    {
        const double size = 8.5;
        const double padding = 3;
        var widths = ColumnWidths(table);
        Space(8, 50);
        Text(table.Caption, 9.5, true, ContentWidth, Margin);
        y -= 2;
        Row(table.Columns, widths, size, padding, header: true);
        foreach (var row in table.Rows)
        {
            if (Row(row, widths, size, padding, header: false))
            {
                // A new page began: repeat the header row so the table still reads.
                page.AddText("(continued)", 8, new PdfPoint(Margin, y + 2), regular);
                y -= 2;
                Row(table.Columns, widths, size, padding, header: true);
                Row(row, widths, size, padding, header: false);
            }
        }

        y -= 6;
    }

    /// <summary>Draws one row; returns true (drawing nothing) when it would not fit, after starting a new page.</summary>
    private bool Row(IReadOnlyList<string> cells, double[] widths, double size, double padding, bool header)
    {
        var font = header ? bold : regular;
        var wrapped = cells.Select((cell, i) => Wrap(cell, size, widths[i] - (2 * padding), font)).ToList();
        var lines = Math.Max(1, wrapped.Max(w => w.Count));
        var height = (lines * size * 1.3) + (2 * padding);
        if (y - height < Margin + 20)
        {
            NewPage();
            if (!header)
            {
                return true;
            }
        }

        var x = Margin;
        for (var i = 0; i < wrapped.Count; i++)
        {
            var lineY = y - padding - size;
            foreach (var line in wrapped[i])
            {
                page.AddText(line, size, new PdfPoint(x + padding, lineY), font);
                lineY -= size * 1.3;
            }

            x += widths[i];
        }

        y -= height;
        page.SetStrokeColor(0xb1, 0xb4, 0xb6);
        page.DrawLine(new PdfPoint(Margin, y), new PdfPoint(Margin + ContentWidth, y), header ? 1 : 0.5);
        page.ResetColor();
        return false;
    }

    /// <summary>Columns share the width in proportion to their longest text, within limits, so short figures stay narrow.</summary>
    private static double[] ColumnWidths(ReportTable table)
    {
        var lengths = table.Columns.Select((c, i) => Math.Clamp(table.Rows.Select(r => i < r.Count ? r[i].Length : 0).Append(c.Length).Max(), 6, 60)).ToArray();
        var total = lengths.Sum();
        return [.. lengths.Select(l => ContentWidth * l / total)];
    }

    private void Text(string text, double size, bool strong, double width, double x)
    {
        var font = strong ? bold : regular;
        foreach (var line in Wrap(text, size, width, font))
        {
            Space(0, size * 1.4);
            page.AddText(line, size, new PdfPoint(x, y - size), font);
            y -= size * 1.4;
        }
    }

    private List<string> Wrap(string text, double size, double width, PdfDocumentBuilder.AddedFont font)
    {
        var lines = new List<string>();
        foreach (var paragraph in (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Measure(candidate, size, font) > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private string Fit(string text, double size, double width, PdfDocumentBuilder.AddedFont font)
    {
        if (Measure(text, size, font) <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && Measure(cut + "…", size, font) > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }

    private double Measure(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>Moves down by <paramref name="before"/>, starting a new page if <paramref name="needed"/> more would not fit.</summary>
    private void Space(double before, double needed)
    {
        if (y - before - needed < Margin)
        {
            NewPage();
            return;
        }

        y -= before;
    }

    private void NewPage()
    {
        page = builder.AddPage(PageSize.A4);
        pages.Add(page);
        y = Height - Margin;
    }

    public void Dispose() => builder.Dispose();

    private byte[] Finish()
    {
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].AddText($"Page {i + 1} of {pages.Count}", 8, new PdfPoint(Margin, Margin / 2), regular);
        }

        return builder.Build();
    }
}
