using Harbour.Linkage.Blocking;

namespace Harbour.Linkage;

/// <summary>What a batch run did and how long each stage took.</summary>
public sealed class LinkageReport
{
    public int Records { get; set; }

    public long CandidatePairs { get; set; }

    public IReadOnlyList<BlockingRuleCount> BlockingCounts { get; set; } = [];

    public long LinksAboveThreshold { get; set; }

    public int Clusters { get; set; }

    public int EmIterations { get; set; }

    /// <summary>Seconds per stage, in the order the stages ran.</summary>
    public List<(string Stage, double Seconds)> StageSeconds { get; } = [];

    /// <summary>Process CPU seconds (all threads) spent in the comparison stage.</summary>
    public double ComparisonCpuSeconds { get; set; }

    public double ComparedPairsPerSecondPerCore => ComparisonCpuSeconds > 0 ? CandidatePairs / ComparisonCpuSeconds : 0;
}
