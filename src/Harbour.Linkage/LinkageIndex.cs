using System.Diagnostics;
using Harbour.Linkage.Blocking;
using Harbour.Linkage.Clustering;
using Harbour.Linkage.Comparison;
using Harbour.Linkage.Data;
using Harbour.Linkage.Model;

namespace Harbour.Linkage;

/// <summary>A record found by incremental matching, with its match probability.</summary>
public sealed record MatchCandidate(string RecordId, int RecordIndex, double MatchWeight, double Probability);

/// <summary>A clerical decision on a pair: the same person or not.</summary>
public sealed record ClericalDecision(string RecordA, string RecordB, bool Same);

/// <summary>The outcome of linking a batch of records.</summary>
public sealed record LinkageResult(
    IReadOnlyList<string> RecordIds,
    IReadOnlyList<string> ClusterIds,
    long[] CandidatePairs,
    float[] Probabilities,
    LinkageReport Report);

/// <summary>
/// The linkage engine: an in-memory index of records with a trained Fellegi–Sunter model. Build it from
/// records, train it (unsupervised, optionally refined by clerical decisions), then cluster the batch, match
/// new records one at a time, and explain any pair. Not thread-safe for writes: one writer at a time.
/// </summary>
public sealed class LinkageIndex
{
    private readonly List<ClericalDecision> _decisions = [];
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private Dictionary<ulong, List<int>>[]? _blocks;
    private List<(string Key, int Record)>[]? _neighbourhoods;
    private CandidatePairs? _candidates;
    private ulong[]? _vectors;

    private LinkageIndex(RecordTable table, LinkageOptions options)
    {
        Table = table;
        Options = options;
        Comparer = new PairComparer(table);
        Rules = BlockingRule.DefaultsFor(table);
        Passes = NeighbourhoodPass.DefaultsFor(table);
        Blocker = new Blocker(Rules, Passes, options.MaxBlockSize, options.NeighbourhoodWindow);
        for (int i = 0; i < table.Count; i++)
        {
            if (!_indexById.TryAdd(table.GetId(i), i))
            {
                throw new ArgumentException($"Record id '{table.GetId(i)}' appears more than once.", nameof(table));
            }
        }
    }

    public RecordTable Table { get; }

    public LinkageOptions Options { get; }

    public PairComparer Comparer { get; }

    public IReadOnlyList<BlockingRule> Rules { get; }

    public IReadOnlyList<NeighbourhoodPass> Passes { get; }

    public Blocker Blocker { get; }

    public LinkageModel? Model { get; private set; }

    public Scorer? Scorer { get; private set; }

    public LinkageReport Report { get; } = new();

    public IReadOnlyList<ClericalDecision> Decisions => _decisions;

    /// <summary>Builds an index over records; <paramref name="roles"/> defaults to the fields any record has.</summary>
    public static LinkageIndex Build(IReadOnlyList<PersonRecord> records, LinkageOptions? options = null, IEnumerable<FieldRole>? roles = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        FieldRole[] used = roles?.ToArray() ?? [.. Enum.GetValues<FieldRole>().Where(role => records.Any(r => !string.IsNullOrWhiteSpace(r.Get(role))))];
        var stopwatch = Stopwatch.StartNew();
        var table = new RecordTable(used);
        table.AddRange(records);
        var index = new LinkageIndex(table, options ?? new LinkageOptions());
        index.Report.Records = table.Count;
        index.Report.StageSeconds.Add(("normalise", stopwatch.Elapsed.TotalSeconds));
        return index;
    }

    /// <summary>Generates candidate pairs, compares them and trains the model without labels.</summary>
    public LinkageModel Train()
    {
        var stopwatch = Stopwatch.StartNew();
        _candidates = Blocker.Generate(Table);
        Report.CandidatePairs = _candidates.Pairs.LongLength;
        Report.BlockingCounts = _candidates.Counts;
        Report.StageSeconds.Add(("block", stopwatch.Elapsed.TotalSeconds));

        stopwatch.Restart();
        _vectors = CompareAll(_candidates.Pairs, out double cpuSeconds);
        Report.ComparisonCpuSeconds = cpuSeconds;
        Report.StageSeconds.Add(("compare", stopwatch.Elapsed.TotalSeconds));

        stopwatch.Restart();
        Model = TrainModel();
        Scorer = new Scorer(Model, Comparer) { UseTermFrequencies = Options.UseTermFrequencies, OwnReportsAllowance = Options.OwnReportsAllowance };
        Report.StageSeconds.Add(("train", stopwatch.Elapsed.TotalSeconds));
        return Model;
    }

    /// <summary>Uses a model trained elsewhere (for example, loaded from a previous run) instead of training.</summary>
    public void UseModel(LinkageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        Scorer = new Scorer(model, Comparer) { UseTermFrequencies = Options.UseTermFrequencies, OwnReportsAllowance = Options.OwnReportsAllowance };
    }

    /// <summary>Records an analyst's decision. It is used as a constraint when clustering and as labels on retraining.</summary>
    public void AddClericalDecision(string recordA, string recordB, bool same)
    {
        IndexOf(recordA);
        IndexOf(recordB);
        _decisions.Add(new ClericalDecision(recordA, recordB, same));
    }

    public bool Contains(string recordId)
    {
        lock (_gate)
        {
            return _indexById.ContainsKey(recordId);
        }
    }

    public int IndexOf(string recordId)
    {
        lock (_gate)
        {
            return _indexById.TryGetValue(recordId, out int index) ? index : throw new KeyNotFoundException($"No record with id '{recordId}'.");
        }
    }

    /// <summary>Scores every candidate pair and clusters the records.</summary>
    public LinkageResult Cluster(IReadOnlyDictionary<string, string>? previousClusterIds = null)
    {
        (long[] pairs, float[] probabilities) = ScoreCandidates();
        var stopwatch = Stopwatch.StartNew();
        var links = new List<Link>();
        for (int k = 0; k < pairs.Length; k++)
        {
            if (probabilities[k] >= Options.MatchThreshold)
            {
                links.Add(new Link(CandidatePairs.First(pairs[k]), CandidatePairs.Second(pairs[k]), probabilities[k]));
            }
        }

        Report.LinksAboveThreshold = links.Count;
        var mustLink = _decisions.Where(d => d.Same).Select(d => (IndexOf(d.RecordA), IndexOf(d.RecordB))).ToList();
        var clerical = new HashSet<long>(_decisions.Where(d => !d.Same).Select(d => CandidatePairs.Pack(IndexOf(d.RecordA), IndexOf(d.RecordB))));
        var clusterer = new Clusterer { Cohesion = Options.ClusterCohesion };
        int[] representative = clusterer.Cluster(Table.Count, links, mustLink, (a, b) => clerical.Contains(CandidatePairs.Pack(a, b)) || Conflicting(a, b));
        string[] recordIds = [.. Enumerable.Range(0, Table.Count).Select(Table.GetId)];
        string[] clusterIds = ClusterIds.Assign(recordIds, representative, previousClusterIds);
        Report.Clusters = clusterIds.Distinct(StringComparer.Ordinal).Count();
        Report.StageSeconds.Add(("cluster", stopwatch.Elapsed.TotalSeconds));
        return new LinkageResult(recordIds, clusterIds, pairs, probabilities, Report);
    }

    /// <summary>
    /// Scores every candidate pair of the batch: with the model given to <see cref="UseModel"/> if there is one
    /// (without training again), else training first.
    /// </summary>
    public (long[] Pairs, float[] Probabilities) ScoreCandidates()
    {
        if (Scorer is null)
        {
            Train();
        }
        else if (_candidates is null || _vectors is null)
        {
            _candidates = Blocker.Generate(Table);
            Report.CandidatePairs = _candidates.Pairs.LongLength;
            Report.BlockingCounts = _candidates.Counts;
            _vectors = CompareAll(_candidates.Pairs, out double cpuSeconds);
            Report.ComparisonCpuSeconds = cpuSeconds;
        }

        var stopwatch = Stopwatch.StartNew();
        long[] pairs = _candidates!.Pairs;
        ulong[] vectors = _vectors!;
        var probabilities = new float[pairs.Length];
        Scorer scorer = Scorer!;
        Parallel.For(0, (pairs.Length + 65535) / 65536, OnePerCore, chunk =>
        {
            int end = (int)Math.Min(pairs.LongLength, (chunk + 1L) * 65536);
            for (int k = chunk * 65536; k < end; k++)
            {
                int a = CandidatePairs.First(pairs[k]);
                int b = CandidatePairs.Second(pairs[k]);
                probabilities[k] = (float)LinkageModel.Probability(scorer.MatchWeight(a, b, vectors[k]));
            }
        });
        Report.StageSeconds.Add(("score", stopwatch.Elapsed.TotalSeconds));
        return (pairs, probabilities);
    }

    /// <summary>
    /// A rule-based cannot-link: records that state different genders and clearly different dates of birth
    /// are different people however alike their names.
    /// </summary>
    public bool Conflicting(int a, int b)
    {
        int gender = Array.IndexOf(Comparer.Fields, FieldRole.Gender);
        int dob = Array.IndexOf(Comparer.Fields, FieldRole.DateOfBirth);
        if (gender < 0 || dob < 0)
        {
            return false;
        }

        ulong vector = Comparer.Compare(a, b);
        return PairComparer.LevelOf(vector, gender) == ComparisonLevels.ExactOnlyDifferent
            && PairComparer.LevelOf(vector, dob) >= ComparisonLevels.DateWithinTenYears;
    }

    /// <summary>Explains the score of two indexed records.</summary>
    public PairExplanation Explain(string recordA, string recordB)
    {
        Scorer scorer = RequireScorer();
        lock (_gate)
        {
            return scorer.Explain(IndexOf(recordA), IndexOf(recordB));
        }
    }

    /// <summary>
    /// Scores one record against the index without adding it: the candidates its blocking keys and name
    /// neighbourhood reach, best first. Used when a new concern is raised.
    /// </summary>
    public IReadOnlyList<MatchCandidate> Match(PersonRecord record, double minimumProbability = 0.01, int maxResults = 50)
    {
        ArgumentNullException.ThrowIfNull(record);
        Scorer scorer = RequireScorer();
        lock (_gate)
        {
            EnsureLookups();
            int probe = Table.Add(record, countFrequencies: false);
            try
            {
                var results = new List<MatchCandidate>();
                foreach (int other in CandidatesFor(probe))
                {
                    double weight = scorer.MatchWeight(probe, other, Comparer.Compare(probe, other));
                    double probability = LinkageModel.Probability(weight);
                    if (probability >= minimumProbability)
                    {
                        results.Add(new MatchCandidate(Table.GetId(other), other, weight, probability));
                    }
                }

                return [.. results.OrderByDescending(r => r.MatchWeight).ThenBy(r => r.RecordIndex).Take(maxResults)];
            }
            finally
            {
                // The probe must not stay in the table whether or not scoring succeeded.
                Table.RemoveLast();
            }
        }
    }

    /// <summary>Explains how a new, unindexed record scores against an indexed one.</summary>
    public PairExplanation Explain(PersonRecord record, string indexedRecord)
    {
        ArgumentNullException.ThrowIfNull(record);
        Scorer scorer = RequireScorer();
        lock (_gate)
        {
            int probe = Table.Add(record, countFrequencies: false);
            try
            {
                return scorer.Explain(probe, IndexOf(indexedRecord));
            }
            finally
            {
                Table.RemoveLast();
            }
        }
    }

    /// <summary>
    /// Adds a record to the index permanently, so later matches can find it. Scores keep using the term
    /// frequencies of the index as it was when the model was trained; train again to refresh them.
    /// </summary>
    public int Add(PersonRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            if (_indexById.ContainsKey(record.Id))
            {
                throw new ArgumentException($"Record id '{record.Id}' is already indexed.", nameof(record));
            }

            EnsureLookups();
            int index = Table.Add(record);
            _indexById.Add(record.Id, index);
            AddToLookups(index);
            return index;
        }
    }

    /// <summary>The candidate records for one indexed record, found the same way as in batch blocking.</summary>
    internal IEnumerable<int> CandidatesFor(int record)
    {
        var seen = new HashSet<int> { record };
        for (int r = 0; r < Rules.Count; r++)
        {
            ulong key = Rules[r].KeyOf(Table, record);
            if (key != 0 && _blocks![r].TryGetValue(key, out List<int>? block) && block.Count + 1 <= Options.MaxBlockSize)
            {
                foreach (int other in block)
                {
                    if (seen.Add(other))
                    {
                        yield return other;
                    }
                }
            }
        }

        for (int p = 0; p < Passes.Count; p++)
        {
            string? key = Passes[p].KeyOf(Table, record);
            if (key is null)
            {
                continue;
            }

            foreach (int other in Neighbours(_neighbourhoods![p], key))
            {
                if (seen.Add(other))
                {
                    yield return other;
                }
            }
        }
    }

    /// <summary>
    /// The records a batch pass could have paired with a record of this key: the run of records with the same
    /// key (up to the block size limit) and the window on either side of it, so incremental candidates are a
    /// superset of batch ones whatever the tie order.
    /// </summary>
    private IEnumerable<int> Neighbours(List<(string Key, int Record)> sorted, string key)
    {
        int first = BinarySearch(sorted, key);
        int last = first;
        while (last < sorted.Count && last - first < Options.MaxBlockSize && string.Equals(sorted[last].Key, key, StringComparison.Ordinal))
        {
            last++;
        }

        int reach = Options.NeighbourhoodWindow - 1;
        for (int k = Math.Max(0, first - reach); k < Math.Min(sorted.Count, last + reach); k++)
        {
            yield return sorted[k].Record;
        }
    }

    private static int BinarySearch(List<(string Key, int Record)> sorted, string key)
    {
        int low = 0;
        int high = sorted.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (string.CompareOrdinal(sorted[middle].Key, key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private void EnsureLookups()
    {
        if (_blocks is not null)
        {
            return;
        }

        _blocks = new Dictionary<ulong, List<int>>[Rules.Count];
        for (int r = 0; r < Rules.Count; r++)
        {
            _blocks[r] = [];
        }

        _neighbourhoods = [.. Passes.Select(_ => new List<(string Key, int Record)>())];

        for (int i = 0; i < Table.Count; i++)
        {
            AddToLookups(i, sortLater: true);
        }

        foreach (List<(string Key, int Record)> sorted in _neighbourhoods)
        {
            sorted.Sort(NeighbourhoodPass.Order);
        }
    }

    private void AddToLookups(int record, bool sortLater = false)
    {
        for (int r = 0; r < Rules.Count; r++)
        {
            ulong key = Rules[r].KeyOf(Table, record);
            if (key == 0)
            {
                continue;
            }

            if (!_blocks![r].TryGetValue(key, out List<int>? block))
            {
                _blocks[r][key] = block = [];
            }

            block.Add(record);
        }

        for (int p = 0; p < Passes.Count; p++)
        {
            string? key = Passes[p].KeyOf(Table, record);
            if (key is not null)
            {
                Insert(_neighbourhoods![p], (key, record), sortLater);
            }
        }
    }

    private static void Insert(List<(string Key, int Record)> sorted, (string Key, int Record) item, bool append)
    {
        if (append)
        {
            sorted.Add(item);
        }
        else
        {
            sorted.Insert(BinarySearch(sorted, item.Key), item);
        }
    }

    private Scorer RequireScorer() => Scorer ?? throw new InvalidOperationException("Train the index (or give it a model) before scoring.");

    private static readonly ParallelOptions OnePerCore = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    private ulong[] CompareAll(long[] pairs, out double cpuSeconds)
    {
        var vectors = new ulong[pairs.Length];
        const int chunkSize = 1 << 16;

        // CPU time of the process across the stage, not summed wall time of chunks (which counts time a thread
        // waits for a core): pairs per CPU-second is pairs per second per core.
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        Parallel.For(0, (pairs.Length + chunkSize - 1) / chunkSize, OnePerCore, chunk =>
        {
            int end = (int)Math.Min(pairs.LongLength, (chunk + 1L) * chunkSize);
            for (int k = chunk * chunkSize; k < end; k++)
            {
                vectors[k] = Comparer.Compare(CandidatePairs.First(pairs[k]), CandidatePairs.Second(pairs[k]));
            }
        });
        cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        return vectors;
    }

    private LinkageModel TrainModel()
    {
        FieldRole[] fields = Comparer.Fields;
        double[][] u = Trainer.EstimateU(Comparer, Options.USamplePairs, Options.Seed);
        long[] pairs = _candidates!.Pairs;
        ulong[] vectors = _vectors!;
        ulong[][] keys = _candidates.Keys;

        // One histogram of comparison vectors for the union and one per keyed rule (pairs that rule would block),
        // built per chunk in parallel and merged.
        const int chunkSize = 1 << 18;
        int chunks = (int)((pairs.LongLength + chunkSize - 1) / chunkSize);
        var partial = new Dictionary<ulong, long>[chunks][];
        Parallel.For(0, chunks, OnePerCore, chunk =>
        {
            var local = new Dictionary<ulong, long>[Rules.Count + 1];
            for (int h = 0; h < local.Length; h++)
            {
                local[h] = [];
            }

            int end = (int)Math.Min(pairs.LongLength, (chunk + 1L) * chunkSize);
            for (int k = chunk * chunkSize; k < end; k++)
            {
                int a = CandidatePairs.First(pairs[k]);
                int b = CandidatePairs.Second(pairs[k]);
                Increment(local[Rules.Count], vectors[k], 1);
                for (int r = 0; r < Rules.Count; r++)
                {
                    if (keys[r][a] != 0 && keys[r][a] == keys[r][b])
                    {
                        Increment(local[r], vectors[k], 1);
                    }
                }
            }

            partial[chunk] = local;
        });
        var histograms = new Dictionary<ulong, long>[Rules.Count + 1];
        for (int h = 0; h < histograms.Length; h++)
        {
            histograms[h] = [];
            foreach (Dictionary<ulong, long>[] local in partial)
            {
                foreach ((ulong vector, long count) in local[h])
                {
                    Increment(histograms[h], vector, count);
                }
            }
        }

        double[][] initial = Trainer.InitialM(fields);
        EmResult union = Trainer.ExpectationMaximisation(histograms[Rules.Count], initial, u, new bool[fields.Length], maxIterations: Options.MaxEmIterations);
        int iterations = union.Iterations;

        // Splink's method: train on each rule's pairs, leaving the rule's own fields out, then combine. The median
        // over sessions (renormalised) rather than the mean, because a session whose pairs are mostly namesakes or
        // relatives drags the mean; the sessions on phone, email and date of birth outvote it.
        var estimates = new List<double[]>[fields.Length];
        for (int f = 0; f < fields.Length; f++)
        {
            estimates[f] = [];
        }

        for (int r = 0; r < Rules.Count; r++)
        {
            if (!Rules[r].TrainsModel || histograms[r].Values.Sum() < 50)
            {
                continue;
            }

            bool[] frozen = [.. fields.Select(role => Rules[r].Roles.Contains(role))];
            EmResult session = Trainer.ExpectationMaximisation(histograms[r], union.M, u, frozen, union.MatchProportion, Options.MaxEmIterations);
            iterations += session.Iterations;
            for (int f = 0; f < fields.Length; f++)
            {
                if (!frozen[f])
                {
                    estimates[f].Add(session.M[f]);
                }
            }
        }

        double[][] m = new double[fields.Length][];
        for (int f = 0; f < fields.Length; f++)
        {
            m[f] = estimates[f].Count == 0 ? union.M[f] : Trainer.MedianOfEstimates(estimates[f]);
        }

        (m, u) = BlendClericalDecisions(m, u);
        Report.EmIterations = iterations;

        long allPairs = (long)Table.Count * (Table.Count - 1) / 2;
        double expectedMatches = union.MatchProportion * pairs.LongLength;
        double prior = Math.Clamp(expectedMatches / Math.Max(1, allPairs), 1e-9, 0.5);
        return new LinkageModel(prior, [.. fields.Select((role, f) => new FieldModel(role, m[f], u[f]))]);
    }

    /// <summary>Refines m from pairs judged the same and u from pairs judged different, weighted against the unsupervised estimates.</summary>
    private (double[][] M, double[][] U) BlendClericalDecisions(double[][] m, double[][] u)
    {
        if (_decisions.Count == 0)
        {
            return (m, u);
        }

        double[][] Blend(double[][] estimate, bool same)
        {
            var counts = estimate.Select(levels => new double[levels.Length]).ToArray();
            int labelled = 0;
            foreach (ClericalDecision decision in _decisions.Where(d => d.Same == same))
            {
                ulong vector = Comparer.Compare(IndexOf(decision.RecordA), IndexOf(decision.RecordB));
                labelled++;
                for (int f = 0; f < counts.Length; f++)
                {
                    counts[f][PairComparer.LevelOf(vector, f)]++;
                }
            }

            if (labelled == 0)
            {
                return estimate;
            }

            double strength = Options.UnsupervisedPriorStrength;
            var blended = new double[estimate.Length][];
            for (int f = 0; f < estimate.Length; f++)
            {
                double informative = counts[f].Skip(1).Sum();
                blended[f] = new double[estimate[f].Length];
                for (int level = 1; level < estimate[f].Length; level++)
                {
                    blended[f][level] = ((estimate[f][level] * strength) + counts[f][level]) / (strength + informative);
                }
            }

            return blended;
        }

        return (Blend(m, same: true), Blend(u, same: false));
    }

    private static void Increment(Dictionary<ulong, long> histogram, ulong vector, long by)
    {
        histogram[vector] = histogram.TryGetValue(vector, out long count) ? count + by : by;
    }
}
