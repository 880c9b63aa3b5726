using BenchmarkDotNet.Attributes;
using Harbour.Linkage.Blocking;
using Harbour.Linkage.Comparison;
using Harbour.Linkage.Data;

namespace Harbour.Linkage.Bench;

/// <summary>
/// The comparison hot path alone: comparison vectors for a fixed batch of candidate pairs from generated
/// safeguarding data, on one thread. Pairs per second per core = pairs in the batch / mean time.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    public const int PairCount = 1_000_000;

    private PairComparer _comparer = null!;
    private long[] _pairs = null!;
    private ulong[] _vectors = null!;

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
        _pairs = candidates.Length > PairCount ? candidates[..PairCount] : candidates;
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
