using Harbour.Linkage.Comparison;
using Harbour.Linkage.Data;

namespace Harbour.Linkage.Model;

/// <summary>One field's part in a pair's score: the bar of a waterfall chart.</summary>
public sealed record FieldContribution(
    FieldRole Field,
    string Level,
    string? ValueA,
    string? ValueB,
    double LevelWeight,
    double TermFrequencyAdjustment)
{
    public double Weight => LevelWeight + TermFrequencyAdjustment;
}

/// <summary>Why a pair scored as it did: the prior, then each field's contribution, in log2 Bayes factors.</summary>
public sealed record PairExplanation(
    string RecordA,
    string RecordB,
    double PriorWeight,
    IReadOnlyList<FieldContribution> Fields,
    double MatchWeight,
    double Probability);

/// <summary>Turns comparison vectors into match weights with term-frequency adjustments.</summary>
public sealed class Scorer
{
    private readonly double[][] _levelWeights;
    private readonly double[][] _tfWeights;
    private readonly double[] _uExact;
    private readonly Column[] _columns;
    private readonly bool[] _hasTermFrequency;

    public Scorer(LinkageModel model, PairComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(comparer);
        Model = model;
        Comparer = comparer;
        int fields = comparer.Fields.Length;
        _levelWeights = new double[fields][];
        _tfWeights = new double[fields][];
        _uExact = new double[fields];
        _hasTermFrequency = new bool[fields];
        _columns = [.. comparer.Fields.Select(role => comparer.Table.Column(role)!)];
        for (int f = 0; f < fields; f++)
        {
            FieldModel fieldModel = model.Fields[f];
            if (fieldModel.Role != comparer.Fields[f])
            {
                throw new ArgumentException("The model's fields must be in the comparer's order.", nameof(model));
            }

            int levels = fieldModel.LevelNames.Count;
            _levelWeights[f] = [.. Enumerable.Range(0, levels).Select(fieldModel.Weight)];
            _tfWeights[f] = [.. Enumerable.Range(0, levels).Select(level => ComparisonLevels.TermFrequencyWeight(fieldModel.Role, level))];
            _hasTermFrequency[f] = _tfWeights[f].Any(w => w > 0);
            _uExact[f] = fieldModel.U[ComparisonLevels.Exact];
        }
    }

    public LinkageModel Model { get; }

    public PairComparer Comparer { get; }

    /// <summary>Whether term-frequency adjustments are applied (on by default).</summary>
    public bool UseTermFrequencies { get; init; } = true;

    public double MatchWeight(int a, int b, ulong vector)
    {
        double weight = Model.PriorWeight;
        for (int f = 0; f < _levelWeights.Length; f++)
        {
            int level = PairComparer.LevelOf(vector, f);
            weight += _levelWeights[f][level];
            if (UseTermFrequencies && _hasTermFrequency[f] && _tfWeights[f][level] > 0)
            {
                weight += TermFrequencyAdjustment(f, level, a, b);
            }
        }

        return weight;
    }

    public double Probability(int a, int b) => LinkageModel.Probability(MatchWeight(a, b, Comparer.Compare(a, b)));

    /// <summary>
    /// Agreement on a value shared by a fraction tf of records is worth log2(u_exact / tf) more than average:
    /// rare values count for more, common ones for less. Near agreement uses the commoner of the two values.
    /// </summary>
    private double TermFrequencyAdjustment(int field, int level, int a, int b)
    {
        Column column = _columns[field];
        double tf = level == ComparisonLevels.Exact
            ? column.TermFrequency(column.Ids[a])
            : Math.Max(column.TermFrequency(column.Ids[a]), column.TermFrequency(column.Ids[b]));
        return _tfWeights[field][level] * Math.Log2(_uExact[field] / tf);
    }

    public PairExplanation Explain(int a, int b)
    {
        ulong vector = Comparer.Compare(a, b);
        var contributions = new List<FieldContribution>();
        RecordTable table = Comparer.Table;
        for (int f = 0; f < _levelWeights.Length; f++)
        {
            int level = PairComparer.LevelOf(vector, f);
            double tf = UseTermFrequencies && _hasTermFrequency[f] && _tfWeights[f][level] > 0 ? TermFrequencyAdjustment(f, level, a, b) : 0;
            FieldRole role = Comparer.Fields[f];
            contributions.Add(new FieldContribution(
                role,
                Model.Fields[f].LevelNames[level],
                table.NormalisedValue(a, role),
                table.NormalisedValue(b, role),
                _levelWeights[f][level],
                tf));
        }

        double weight = MatchWeight(a, b, vector);
        return new PairExplanation(table.GetId(a), table.GetId(b), Model.PriorWeight, contributions, weight, LinkageModel.Probability(weight));
    }
}
