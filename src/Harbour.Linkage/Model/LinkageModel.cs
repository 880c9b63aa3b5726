using Harbour.Linkage.Comparison;

namespace Harbour.Linkage.Model;

/// <summary>m and u probabilities of each comparison level of one field.</summary>
public sealed class FieldModel
{
    public FieldModel(FieldRole role, double[] m, double[] u)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(u);
        Role = role;
        LevelNames = ComparisonLevels.Names(role);
        if (m.Length != LevelNames.Count || u.Length != LevelNames.Count)
        {
            throw new ArgumentException($"{role} has {LevelNames.Count} levels.", nameof(m));
        }

        M = m;
        U = u;
    }

    public FieldRole Role { get; }

    public IReadOnlyList<string> LevelNames { get; }

    /// <summary>P(level | records match), per level; index 0 (missing) is unused.</summary>
    public double[] M { get; }

    /// <summary>P(level | records do not match), per level; index 0 (missing) is unused.</summary>
    public double[] U { get; }

    /// <summary>log2(m / u): the evidence for a match that this level gives. Missing gives none.</summary>
    public double Weight(int level) => level == 0 ? 0.0 : Math.Log2(M[level] / U[level]);
}

/// <summary>
/// A Fellegi–Sunter model: the prior probability that two records chosen at random match, and m and u
/// probabilities per field and level.
/// </summary>
public sealed class LinkageModel
{
    public LinkageModel(double priorMatchProbability, IReadOnlyList<FieldModel> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (priorMatchProbability is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(priorMatchProbability), priorMatchProbability, "Must be strictly between 0 and 1.");
        }

        PriorMatchProbability = priorMatchProbability;
        Fields = fields;
    }

    public double PriorMatchProbability { get; }

    public IReadOnlyList<FieldModel> Fields { get; }

    /// <summary>log2 of the prior odds of a match.</summary>
    public double PriorWeight => Math.Log2(PriorMatchProbability / (1 - PriorMatchProbability));

    public static double Probability(double matchWeight) => 1.0 / (1.0 + Math.Pow(2, -matchWeight));

    public static double WeightOf(double probability) => Math.Log2(probability / (1 - probability));
}
