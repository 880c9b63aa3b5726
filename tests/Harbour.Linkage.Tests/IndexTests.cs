using Harbour.Linkage.Blocking;
using Harbour.Linkage.Data;
using Harbour.Linkage.Io;
using Harbour.Linkage.Model;

namespace Harbour.Linkage.Tests;

public sealed class FebrlIndexFixture
{
    public FebrlIndexFixture()
    {
        CsvInput input = CsvRecordReader.Read(TestData.LinkageData("febrl", "dataset1.csv"));
        Records = input.Records;
        Index = LinkageIndex.Build(Records, new LinkageOptions { USamplePairs = 200_000 });
        Index.Train();
        Result = Index.Cluster();
    }

    public IReadOnlyList<PersonRecord> Records { get; }

    public LinkageIndex Index { get; }

    public LinkageResult Result { get; }
}

public class IndexTests(FebrlIndexFixture fixture) : IClassFixture<FebrlIndexFixture>
{
    [Fact]
    public void Match_IndexedRecord_ScoresEveryBatchPartnerAsBatchDid()
    {
        LinkageIndex index = fixture.Index;
        LinkageResult batch = fixture.Result;
        var batchProbability = new Dictionary<long, float>();
        for (int k = 0; k < batch.CandidatePairs.Length; k++)
        {
            batchProbability[batch.CandidatePairs[k]] = batch.Probabilities[k];
        }

        int checkedPairs = 0;
        for (int record = 0; record < 200; record++)
        {
            IReadOnlyList<MatchCandidate> matches = index.Match(fixture.Records[record], minimumProbability: 0, maxResults: int.MaxValue);
            var incremental = matches.Where(m => m.RecordIndex != record).ToDictionary(m => m.RecordIndex, m => m.Probability);
            foreach (int other in index.CandidatesFor(record))
            {
                long pair = CandidatePairs.Pack(record, other);
                if (batchProbability.TryGetValue(pair, out float expected) && incremental.TryGetValue(other, out double actual))
                {
                    Assert.Equal(expected, (float)actual);
                    checkedPairs++;
                }
            }

            // Every strong batch link of this record is found incrementally.
            foreach ((long pair, float probability) in batchProbability.Where(p => p.Value >= 0.9 && (CandidatePairs.First(p.Key) == record || CandidatePairs.Second(p.Key) == record)))
            {
                int other = CandidatePairs.First(pair) == record ? CandidatePairs.Second(pair) : CandidatePairs.First(pair);
                Assert.True(incremental.ContainsKey(other), $"record {record} should find {other} incrementally");
            }
        }

        Assert.True(checkedPairs > 100, $"only {checkedPairs} pairs compared");
    }

    [Fact]
    public void Match_NewRecordLikeAnIndexedOne_RanksItFirstWithoutChangingTheIndex()
    {
        PersonRecord original = fixture.Records[10];
        int countBefore = fixture.Index.Table.Count;
        var concern = original with { Id = "new-concern", GivenName = original.GivenName + "e" };

        IReadOnlyList<MatchCandidate> matches = fixture.Index.Match(concern);

        Assert.Equal(original.Id, matches[0].RecordId);
        Assert.True(matches[0].Probability > 0.9);
        Assert.Equal(countBefore, fixture.Index.Table.Count);
    }

    [Fact]
    public void Explain_Pair_FieldWeightsAndPriorSumToMatchWeight()
    {
        LinkageResult batch = fixture.Result;
        int k = Array.FindIndex(batch.Probabilities, p => p > 0.5);
        string a = batch.RecordIds[CandidatePairs.First(batch.CandidatePairs[k])];
        string b = batch.RecordIds[CandidatePairs.Second(batch.CandidatePairs[k])];

        PairExplanation explanation = fixture.Index.Explain(a, b);

        Assert.Equal(explanation.MatchWeight, explanation.PriorWeight + explanation.Fields.Sum(f => f.Weight), 9);
        Assert.Equal(batch.Probabilities[k], (float)explanation.Probability);
        Assert.Contains(explanation.Fields, f => f.Field == FieldRole.GivenName && f.Level.Length > 0);
    }

    [Fact]
    public void Cluster_EveryRecordGetsOneClusterId()
    {
        Assert.Equal(fixture.Records.Count, fixture.Result.ClusterIds.Count);
        Assert.All(fixture.Result.ClusterIds, id => Assert.False(string.IsNullOrEmpty(id)));
    }

    [Fact]
    public void ClericalDecision_NotSame_SplitsALinkedPair()
    {
        CsvInput input = CsvRecordReader.Read(TestData.LinkageData("febrl", "dataset1.csv"));
        LinkageIndex index = LinkageIndex.Build(input.Records, new LinkageOptions { USamplePairs = 100_000 });
        index.Train();
        LinkageResult before = index.Cluster();
        int k = Array.FindIndex(before.Probabilities, p => p > 0.99);
        string a = before.RecordIds[CandidatePairs.First(before.CandidatePairs[k])];
        string b = before.RecordIds[CandidatePairs.Second(before.CandidatePairs[k])];
        Assert.Equal(before.ClusterIds[index.IndexOf(a)], before.ClusterIds[index.IndexOf(b)]);

        index.AddClericalDecision(a, b, same: false);
        LinkageResult after = index.Cluster();

        Assert.NotEqual(after.ClusterIds[index.IndexOf(a)], after.ClusterIds[index.IndexOf(b)]);
    }

    [Fact]
    public void ClericalDecision_Same_JoinsAPairAndRetrainingLearnsFromIt()
    {
        CsvInput input = CsvRecordReader.Read(TestData.LinkageData("febrl", "dataset1.csv"));
        LinkageIndex index = LinkageIndex.Build(input.Records, new LinkageOptions { USamplePairs = 100_000 });
        LinkageModel unsupervised = index.Train();
        LinkageResult before = index.Cluster();
        int k = Array.FindIndex(before.Probabilities, p => p < 0.01);
        string a = before.RecordIds[CandidatePairs.First(before.CandidatePairs[k])];
        string b = before.RecordIds[CandidatePairs.Second(before.CandidatePairs[k])];
        Assert.NotEqual(before.ClusterIds[index.IndexOf(a)], before.ClusterIds[index.IndexOf(b)]);

        // An analyst says these two are the same person: they are joined, and retraining takes the label in.
        index.AddClericalDecision(a, b, same: true);
        LinkageModel supervised = index.Train();
        LinkageResult after = index.Cluster();

        Assert.Equal(after.ClusterIds[index.IndexOf(a)], after.ClusterIds[index.IndexOf(b)]);
        Assert.Contains(supervised.Fields, f => !f.M.SequenceEqual(unsupervised.Fields.Single(g => g.Role == f.Role).M));
    }

    [Fact]
    public void Add_NewRecord_IsFoundByLaterMatches()
    {
        var table = new List<PersonRecord>
        {
            TestData.Person("1", "Agnieszka", "Kowalska", "1990-05-02", "SO14 3AB"),
            TestData.Person("2", "Tesfaye", "Gebremedhin", "1985-11-20", "PO1 2AA"),
            TestData.Person("3", "Minh", "Tran", "2001-07-09", "SO16 4XY"),
            TestData.Person("4", "Arben", "Hoxha", "1979-01-30", "RG1 1AA"),
        };
        LinkageIndex index = LinkageIndex.Build(table, new LinkageOptions { USamplePairs = 100 });
        index.Train();

        index.Add(TestData.Person("5", "Elena", "Popescu", "1995-02-14", "SO15 2BB"));
        IReadOnlyList<MatchCandidate> matches = index.Match(TestData.Person("probe", "Elena", "Popescu", "1995-02-14", null), minimumProbability: 0);

        Assert.Contains(matches, m => m.RecordId == "5");
    }
}
