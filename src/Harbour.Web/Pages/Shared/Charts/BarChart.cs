using Harbour.Core;
using Harbour.Core.Statistics;

namespace Harbour.Web.Pages.Shared.Charts;

/// <summary>
/// A horizontal bar chart of one <see cref="Breakdown"/>, drawn as SVG on the server, with the same figures in a
/// table for screen readers and anyone who prefers numbers. <see cref="Id"/> must be unique on the page.
/// <see cref="ByQuarter"/>, when given, adds a column per quarter to the table.
/// </summary>
public sealed record BarChart(string Id, Breakdown Breakdown, IReadOnlyList<QuarterBreakdown>? ByQuarter = null)
{
    public const int RowHeight = 28;
    public const int LabelWidth = 230;
    public const int Width = 640;

    public static BarChart For(string id, QuarterlyBreakdown breakdown) =>
        new(id, breakdown?.Overall ?? throw new ArgumentNullException(nameof(breakdown)), breakdown.ByQuarter.Count > 1 ? breakdown.ByQuarter : null);

    public int Height => Math.Max(1, Breakdown.Rows.Count) * RowHeight + 8;

    public int Max => Math.Max(1, Breakdown.Rows.Count == 0 ? 1 : Breakdown.Rows.Max(r => r.Count));

    /// <summary>Bar length in SVG units, leaving room after the bar for its number.</summary>
    public double BarWidth(int count) => (Width - LabelWidth - 60) * (double)count / Max;

    public string Summary => Breakdown.Total == 0
        ? "None in this period."
        : string.Join("; ", Breakdown.Rows.Where(r => r.Count > 0).Select(r => $"{r.Label}: {r.Count}")) + ".";
}
