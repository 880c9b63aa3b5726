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
    private readonly double[] _logUExact;
    private readonly double[][] _logTermFrequencies;
    private readonly int _gender;
    private readonly int _nationality;
    private readonly int _given;
    private readonly int _family;
    private readonly double _bothNamesExactM;

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
            if (fieldModel.Role is FieldRole.GivenName or FieldRole.FamilyName)
            {
                // A swap shows in both name fields at once, so its rarity among random pairs is counted twice;
                // it is never stronger evidence than the names agreeing in place.
                _levelWeights[f][ComparisonLevels.NameSwapped] = Math.Min(
                    _levelWeights[f][ComparisonLevels.NameSwapped], _levelWeights[f][ComparisonLevels.Exact]);
            }

            _tfWeights[f] = [.. Enumerable.Range(0, levels).Select(level => ComparisonLevels.TermFrequencyWeight(fieldModel.Role, level))];
            _hasTermFrequency[f] = _tfWeights[f].Any(w => w > 0);
            _uExact[f] = fieldModel.U[ComparisonLevels.Exact];
        }

        _logUExact = [.. _uExact.Select(Math.Log2)];
        _logTermFrequencies = new double[fields][];
        for (int f = 0; f < fields; f++)
        {
            Column column = _columns[f];
            _logTermFrequencies[f] = _hasTermFrequency[f]
                ? [.. Enumerable.Range(0, column.Pool.Values.Count).Select(id => Math.Log2(column.TermFrequency(id)))]
                : [];
        }

        _gender = Array.IndexOf(comparer.Fields, FieldRole.Gender);
        _nationality = Array.IndexOf(comparer.Fields, FieldRole.Nationality);
        _given = Array.IndexOf(comparer.Fields, FieldRole.GivenName);
        _family = Array.IndexOf(comparer.Fields, FieldRole.FamilyName);
        _bothNamesExactM = _given >= 0 && _family >= 0
            ? model.Fields[_given].M[ComparisonLevels.Exact] * model.Fields[_family].M[ComparisonLevels.Exact]
            : 0;
    }

    private static bool NamesAgree(int level) => level is ComparisonLevels.Exact or ComparisonLevels.NameSwapped;

    /// <summary>
    /// When both names agree, the two per-name weights assume the names are independent, which overstates a
    /// common full name within a community ("Amna Ibrahim"). Replace their sum by log2(m_given·m_family / tf of
    /// the full name); the difference is returned so it can be shown split between the two name fields.
    /// </summary>
    private double FullNameCorrection(int a, int b, ulong vector, double givenWeight, double familyWeight)
    {
        if (!UseFullNameFrequency || !UseTermFrequencies || _given < 0 || _family < 0
            || !NamesAgree(PairComparer.LevelOf(vector, _given)) || !NamesAgree(PairComparer.LevelOf(vector, _family)))
        {
            return 0;
        }

        RecordTable table = Comparer.Table;
        Column given = _columns[_given];
        Column family = _columns[_family];
        double ownReports = OwnReportsAllowance;
        double tf = Math.Max(
            table.NamePairFrequency(given.Ids[a], family.Ids[a], ownReports),
            table.NamePairFrequency(given.Ids[b], family.Ids[b], ownReports));
        if (tf <= 0)
        {
            return 0;
        }

        // Only ever a reduction: a full name seen often is weak evidence; a rare one keeps the per-name weights.
        double joint = Math.Log2(_bothNamesExactM / tf);
        return Math.Min(0, joint - (givenWeight + familyWeight));
    }

    public LinkageModel Model { get; }

    public PairComparer Comparer { get; }

    /// <summary>Whether term-frequency adjustments are applied (on by default).</summary>
    public bool UseTermFrequencies { get; init; } = true;

    /// <summary>
    /// Whether agreement on both names is judged by the frequency of the whole name rather than of each name
    /// alone (on by default, with term frequencies).
    /// </summary>
    public bool UseFullNameFrequency { get; init; } = true;

    /// <summary>
    /// How many records with one full name may all be one person's reports before the name counts as shared by
    /// several people (Harbour's data has up to six reports of one person).
    /// </summary>
    public double OwnReportsAllowance { get; init; } = 6;

    private double FieldWeight(int f, int level, int a, int b) => FieldWeight(f, level, a, b, 0);

    /// <summary>
    /// A field's weight in a pair. Gender and nationality follow from the given name (Amna is a woman's name,
    /// Yousif a Sudanese one), so when the given names agree their agreement adds nothing; disagreement still counts.
    /// </summary>
    private double FieldWeight(int f, int level, int a, int b, ulong vector)
    {
        if ((f == _gender || f == _nationality) && level == ComparisonLevels.Exact && _given >= 0 && vector != 0
            && PairComparer.LevelOf(vector, _given) is ComparisonLevels.Exact or ComparisonLevels.NameSwapped or ComparisonLevels.NameVariant)
        {
            return 0;
        }

        double weight = _levelWeights[f][level];
        if (UseTermFrequencies && _hasTermFrequency[f] && _tfWeights[f][level] > 0)
        {
            weight += TermFrequencyAdjustment(f, level, a, b);
        }

        return weight;
    }

    public double MatchWeight(int a, int b, ulong vector)
    {
        double weight = Model.PriorWeight;
        for (int f = 0; f < _levelWeights.Length; f++)
        {
            weight += FieldWeight(f, PairComparer.LevelOf(vector, f), a, b, vector);
        }

        if (_given >= 0 && _family >= 0)
        {
            weight += FullNameCorrection(
                a, b, vector,
                FieldWeight(_given, PairComparer.LevelOf(vector, _given), a, b),
                FieldWeight(_family, PairComparer.LevelOf(vector, _family), a, b));
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
        int idA = column.Ids[a];
        int idB = column.Ids[b];
        double logTf = level == ComparisonLevels.Exact ? LogTermFrequency(field, idA) : Math.Max(LogTermFrequency(field, idA), LogTermFrequency(field, idB));
        return _tfWeights[field][level] * (_logUExact[field] - logTf);
    }

    /// <summary>log2 of a value's term frequency, from a table filled when the scorer was made (values added since are computed).</summary>
    private double LogTermFrequency(int field, int valueId)
    {
        double[] table = _logTermFrequencies[field];
        return valueId < table.Length ? table[valueId] : Math.Log2(_columns[field].TermFrequency(valueId));
    }

    public PairExplanation Explain(int a, int b)
    {
        ulong vector = Comparer.Compare(a, b);
        var contributions = new List<FieldContribution>();
        RecordTable table = Comparer.Table;
        double nameCorrection = _given >= 0 && _family >= 0
            ? FullNameCorrection(a, b, vector, FieldWeight(_given, PairComparer.LevelOf(vector, _given), a, b), FieldWeight(_family, PairComparer.LevelOf(vector, _family), a, b))
            : 0;
        for (int f = 0; f < _levelWeights.Length; f++)
        {
            int level = PairComparer.LevelOf(vector, f);
            double tf = FieldWeight(f, level, a, b, vector) - _levelWeights[f][level];
            if (f == _given || f == _family)
            {
                tf += nameCorrection / 2;
            }

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
