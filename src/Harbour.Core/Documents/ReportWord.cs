using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Harbour.Core.Documents;

/// <summary>
/// A report as an editable Word document (Open XML SDK): real Title and Heading styles, so Word's navigation pane
/// and a screen reader find the structure, and tables with a header row that repeats across pages. A chart is
/// drawn as a table of shaded cells (one bar a row, its length in proportion), with its data table under it.
/// </summary>
public static class ReportWord
{
    public static byte[] Render(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            body.Append(Paragraph(report.Title, "Title"));
            body.Append(Paragraph(report.Subtitle, null));
            foreach (var section in report.Sections)
            {
                body.Append(Paragraph(section.Heading, "Heading1"));
                foreach (var block in section.Blocks)
                {
                    switch (block)
                    {
                        case ReportParagraph p:
                            body.Append(Paragraph(p.Text, null));
                            break;
                        case ReportSubheading h:
                            body.Append(Paragraph(h.Text, "Heading2"));
                            break;
                        case ReportChart chart:
                            body.Append(Paragraph(chart.Title, "Heading3"));
                            if (chart.Bars.Count > 0)
                            {
                                body.Append(Bars(chart));
                            }

                            body.Append(Table(chart.AsTable()));
                            break;
                        case ReportTable table:
                            body.Append(Paragraph(table.Caption, "Heading3"));
                            body.Append(Table(table));
                            break;
                        default:
                            throw new ArgumentOutOfRangeException(nameof(report), block.GetType().Name);
                    }
                }
            }

            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        paragraph.Append(run);
        return paragraph;
    }

    /// <summary>Bars as shaded cells of a fixed-layout table: label, bar, the rest of the width, the number.</summary>
    private static Table Bars(ReportChart chart)
    {
        const int labelWidth = 3200;
        const int barSpace = 5000;
        const int valueWidth = 1000;
        var max = Math.Max(1, chart.Bars.Max(b => b.Value));
        var table = new Table(new TableProperties(new TableLayout { Type = TableLayoutValues.Fixed }, new TableWidth { Type = TableWidthUnitValues.Dxa, Width = (labelWidth + barSpace + valueWidth).ToString(CultureInfo.InvariantCulture) }));
        foreach (var bar in chart.Bars)
        {
            var length = Math.Max(bar.Value == 0 ? 0 : 60, barSpace * bar.Value / max);
            var row = new TableRow(Cell(bar.Label, labelWidth, null));
            if (length > 0)
            {
                row.Append(Cell("", length, "1D70B8"));
            }

            if (barSpace - length > 0)
            {
                row.Append(Cell("", barSpace - length, null));
            }

            row.Append(Cell(bar.Value.ToString("N0", CultureInfo.GetCultureInfo("en-GB")), valueWidth, null));
            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(string text, int width, string? fill)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(CultureInfo.InvariantCulture) });
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = fill, Color = "auto" });
        }

        return new TableCell(properties, new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
    }

    private static Table Table(ReportTable source)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" })));
        table.Append(Row(source.Columns, header: true));
        foreach (var row in source.Rows)
        {
            table.Append(Row(row, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            if (header)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new Paragraph(run)));
        }

        return row;
    }

    private static Styles Styles()
    {
        static Style Heading(string id, string name, int halfPoints, string basedOn = "Normal") => new(
            new StyleName { Val = name },
            new BasedOn { Val = basedOn },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" },
                new OutlineLevel { Val = id switch { "Heading1" => 0, "Heading2" => 1, "Heading3" => 2, _ => 9 } }),
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph, StyleId = id,
        };

        var normal = new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
            new StyleRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "22" }))
        {
            Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
        };
        return new Styles(normal, Heading("Title", "Title", 48), Heading("Heading1", "heading 1", 36), Heading("Heading2", "heading 2", 28), Heading("Heading3", "heading 3", 24));
    }
}
