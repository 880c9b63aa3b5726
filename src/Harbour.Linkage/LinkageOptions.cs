namespace Harbour.Linkage;

/// <summary>Tuning for a linkage run. The defaults are the ones benchmarked in docs/PERFORMANCE.md.</summary>
public sealed record LinkageOptions
{
    /// <summary>Pairs at or above this match probability are links for clustering.</summary>
    public double MatchThreshold { get; init; } = 0.8;

    /// <summary>Blocks with more records than this are skipped by that rule (other rules still apply).</summary>
    public int MaxBlockSize { get; init; } = 100;

    /// <summary>Window of the sorted-neighbourhood passes (records compared with the next window − 1).</summary>
    public int NeighbourhoodWindow { get; init; } = 5;

    /// <summary>Random pairs compared to estimate u.</summary>
    public long USamplePairs { get; init; } = 1_000_000;

    /// <summary>Seed for the random sample, so that training is reproducible.</summary>
    public int Seed { get; init; } = 20261122;

    /// <summary>How densely two groups must be linked to merge; see <see cref="Clustering.Clusterer"/>.</summary>
    public double ClusterCohesion { get; init; } = 0.45;

    public bool UseTermFrequencies { get; init; } = true;

    /// <summary>Records of one full name that may all be one person before the name counts as common; see <see cref="Model.Scorer.OwnReportsAllowance"/>.</summary>
    public double OwnReportsAllowance { get; init; } = 6;

    public int MaxEmIterations { get; init; } = 40;

    /// <summary>How many labelled pairs' worth of weight the unsupervised m estimate carries when blended with clerical decisions.</summary>
    public double UnsupervisedPriorStrength { get; init; } = 20;
}
