using BenchmarkDotNet.Attributes;
using Harbour.Linkage.Blocking;
using Harbour.Linkage.Comparison;
using Harbour.Linkage.Data;

namespace Harbour.Linkage.Bench;

/// <summary>
/// The comparison hot path alone: comparison vectors for candidate pairs from generated safeguarding data, on
/// one thread. The pairs are an evenly spaced sample of all candidate pairs (every blocking rule and pass in its
/// share), not the first ones, which come from the phone and email rules and are mostly cheap exact agreements.
/// Pairs per second per core = pairs in the batch / mean time.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    public const int PairCount = 1_000_000;

    private PairComparer _comparer = null!;
    private long[] _pairs = null!;
    private ulong[] _vectors = null!;

    public int Pairs => _pairs.Length;

    /// <summary>Seconds spent on each field alone over the sample, to show where the hot path's time goes.</summary>
    public IEnumerable<(FieldRole Field, double Seconds)> FieldCosts()
    {
        RecordTable table = _comparer.Table;
        int[] rows = table.RowKeys;
        int stride = _comparer.Fields.Length;
        for (int f = 0; f < stride; f++)
        {
            var column = table.Column(_comparer.Fields[f])!;
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            int sink = 0;
            foreach (long pair in _pairs)
            {
                int a = CandidatePairs.First(pair);
                int b = CandidatePairs.Second(pair);
                sink += PairComparer.CompareField(column, rows[(a * stride) + f], rows[(b * stride) + f]);
            }

            GC.KeepAlive(sink);
            yield return (_comparer.Fields[f], stopwatch.Elapsed.TotalSeconds);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var generated = new SafeguardingGenerator(seed: 2026).Generate(200_000);
        var table = new RecordTable(Enum.GetValues<FieldRole>().Where(r => r != FieldRole.Identifier));
        table.AddRange([.. generated.Select(r => new PersonRecord(r.RecordId)
        {
            GivenName = r.GivenName, FamilyName = r.FamilyName, DateOfBirth = r.DateOfBirth, Gender = r.Gender,
            Nationality = r.Nationality, Phone = r.Phone, Email = r.Email, Address = r.Address, Town = r.Town, Postcode = r.Postcode,
        })]);
        _comparer = new PairComparer(table);
        var blocker = new Blocker(BlockingRule.DefaultsFor(table), NeighbourhoodPass.DefaultsFor(table));
        long[] candidates = blocker.Generate(table).Pairs;
        int step = Math.Max(1, candidates.Length / PairCount);
        _pairs = [.. Enumerable.Range(0, Math.Min(PairCount, candidates.Length)).Select(k => candidates[(long)k * step])];
        _vectors = new ulong[_pairs.Length];
    }

    [Benchmark(OperationsPerInvoke = PairCount)]
    public void CompareCandidatePairs()
    {
        long[] pairs = _pairs;
        ulong[] vectors = _vectors;
        for (int k = 0; k < pairs.Length; k++)
        {
            vectors[k] = _comparer.Compare(CandidatePairs.First(pairs[k]), CandidatePairs.Second(pairs[k]));
        }
    }
}
