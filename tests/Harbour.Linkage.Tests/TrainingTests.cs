using Harbour.Linkage.Comparison;
using Harbour.Linkage.Data;
using Harbour.Linkage.Model;

namespace Harbour.Linkage.Tests;

public class TrainingTests
{
    [Fact]
    public void ExpectationMaximisation_SimulatedPairs_RecoversKnownM()
    {
        // Three fields with levels 1..3 (0 is missing); matches are 20% of pairs.
        double[][] trueM = [[0, 0.85, 0.10, 0.05], [0, 0.70, 0.20, 0.10], [0, 0.90, 0.05, 0.05]];
        double[][] trueU = [[0, 0.02, 0.08, 0.90], [0, 0.05, 0.15, 0.80], [0, 0.01, 0.04, 0.95]];
        var random = new Random(1234);
        var histogram = new Dictionary<ulong, long>();
        for (int pair = 0; pair < 40_000; pair++)
        {
            bool match = random.NextDouble() < 0.2;
            ulong vector = 0;
            for (int f = 0; f < 3; f++)
            {
                double[] probabilities = match ? trueM[f] : trueU[f];
                double draw = random.NextDouble();
                int level = 1;
                for (double cumulative = probabilities[1]; draw > cumulative && level < 3; cumulative += probabilities[++level])
                {
                }

                vector |= (ulong)level << (f * PairComparer.BitsPerField);
            }

            histogram[vector] = histogram.GetValueOrDefault(vector) + 1;
        }

        double[][] start = [[0, 0.5, 0.3, 0.2], [0, 0.5, 0.3, 0.2], [0, 0.5, 0.3, 0.2]];
        EmResult result = Trainer.ExpectationMaximisation(histogram, start, trueU, new bool[3], initialProportion: 0.5, maxIterations: 200);

        Assert.Equal(0.2, result.MatchProportion, 0.02);
        for (int f = 0; f < 3; f++)
        {
            for (int level = 1; level <= 3; level++)
            {
                Assert.Equal(trueM[f][level], result.M[f][level], 0.03);
            }
        }
    }

    [Fact]
    public void ExpectationMaximisation_FrozenField_KeepsItsM()
    {
        var histogram = new Dictionary<ulong, long> { [0x11] = 100, [0x33] = 900, [0x13] = 50 };
        double[][] u = [[0, 0.05, 0.15, 0.8], [0, 0.05, 0.15, 0.8]];
        double[][] start = [[0, 0.6, 0.3, 0.1], [0, 0.6, 0.3, 0.1]];
        EmResult result = Trainer.ExpectationMaximisation(histogram, start, u, [true, false]);
        Assert.Equal(start[0], result.M[0]);
        Assert.NotEqual(start[1][1], result.M[1][1]);
    }

    [Fact]
    public void TermFrequency_RareSurnameAgreement_OutweighsCommonSurnameAgreement()
    {
        var records = new List<PersonRecord>();
        for (int i = 0; i < 60; i++)
        {
            records.Add(TestData.Person($"n{i}", $"given{(char)('a' + (i % 26))}{i / 26}", "Nguyen"));
        }

        records.Add(TestData.Person("rare1", "Anh", "Zyskowski"));
        records.Add(TestData.Person("rare2", "Binh", "Zyskowski"));
        var table = new RecordTable([FieldRole.GivenName, FieldRole.FamilyName]);
        table.AddRange(records);
        var comparer = new PairComparer(table);
        var model = new LinkageModel(0.01, [
            new FieldModel(FieldRole.GivenName, [0, 0.8, 0.02, 0.04, 0.04, 0.04, 0.02, 0.04], [0, 0.01, 0.001, 0.002, 0.01, 0.02, 0.02, 0.937]),
            new FieldModel(FieldRole.FamilyName, [0, 0.8, 0.02, 0.04, 0.04, 0.04, 0.02, 0.04], [0, 0.05, 0.001, 0.002, 0.01, 0.02, 0.02, 0.897]),
        ]);
        var withTf = new Scorer(model, comparer);
        var withoutTf = new Scorer(model, comparer) { UseTermFrequencies = false };

        int nguyenA = 0, nguyenB = 1, rareA = 60, rareB = 61;
        double commonWithTf = withTf.Explain(nguyenA, nguyenB).Fields[1].Weight;
        double rareWithTf = withTf.Explain(rareA, rareB).Fields[1].Weight;
        double commonWithoutTf = withoutTf.Explain(nguyenA, nguyenB).Fields[1].Weight;
        double rareWithoutTf = withoutTf.Explain(rareA, rareB).Fields[1].Weight;

        Assert.Equal(commonWithoutTf, rareWithoutTf, 9);
        Assert.True(rareWithTf > rareWithoutTf, "a rare surname should count for more than the average");
        Assert.True(commonWithTf < commonWithoutTf, "a common surname should count for less than the average");

        // Exactly log2(u_exact / tf): the adjustment is the ratio of average to actual agreement chance.
        double nguyenShare = 60.0 / 62.0;
        Assert.Equal(Math.Log2(0.05 / nguyenShare), commonWithTf - commonWithoutTf, 9);
    }

    private static string Letters(int k) => "n" + (char)('a' + (k % 26)) + (char)('a' + (k / 26));

    [Fact]
    public void EstimateU_SameSeed_GivesSameEstimate()
    {
        var table = new RecordTable([FieldRole.GivenName, FieldRole.FamilyName]);
        for (int i = 0; i < 500; i++)
        {
            table.Add(TestData.Person($"r{i}", Letters(i % 37), Letters(100 + (i % 53))));
        }

        var comparer = new PairComparer(table);
        double[][] first = Trainer.EstimateU(comparer, 10_000, seed: 5);
        double[][] second = Trainer.EstimateU(comparer, 10_000, seed: 5);
        Assert.Equal(first[0], second[0]);
        Assert.Equal(first[1], second[1]);
        Assert.InRange(first[0][1], 1.0 / 37 * 0.7, 1.0 / 37 * 1.3);
    }
}

public class ScorerTests
{
    private static (Scorer Scorer, RecordTable Table) Build(IEnumerable<PersonRecord> records)
    {
        var table = new RecordTable([FieldRole.GivenName, FieldRole.FamilyName, FieldRole.Gender]);
        table.AddRange([.. records]);
        var comparer = new PairComparer(table);
        var model = new LinkageModel(0.001, [
            new FieldModel(FieldRole.GivenName, [0, 0.8, 0.02, 0.04, 0.04, 0.04, 0.02, 0.04], [0, 0.01, 0.001, 0.002, 0.01, 0.02, 0.02, 0.937]),
            new FieldModel(FieldRole.FamilyName, [0, 0.8, 0.02, 0.04, 0.04, 0.04, 0.02, 0.04], [0, 0.01, 0.001, 0.002, 0.01, 0.02, 0.02, 0.937]),
            new FieldModel(FieldRole.Gender, [0, 0.95, 0.05], [0, 0.5, 0.5]),
        ]);
        return (new Scorer(model, comparer), table);
    }

    [Fact]
    public void Explain_GivenNamesAgree_GenderAgreementAddsNothing()
    {
        (Scorer scorer, _) = Build([
            new PersonRecord("a") { GivenName = "Amna", FamilyName = "Ibrahim", Gender = "F" },
            new PersonRecord("b") { GivenName = "Amna", FamilyName = "Ibrahim", Gender = "female" },
            new PersonRecord("c") { GivenName = "Asma", FamilyName = "Ibrahim", Gender = "F" },
            new PersonRecord("d") { GivenName = "Amna", FamilyName = "Ibrahim", Gender = "M" },
        ]);

        Assert.Equal(0, scorer.Explain(0, 1).Fields[2].Weight);
        Assert.True(scorer.Explain(0, 2).Fields[2].Weight > 0, "without agreeing given names, gender agreement is evidence");
        Assert.True(scorer.Explain(0, 3).Fields[2].Weight < 0, "disagreement always counts");
    }

    [Fact]
    public void MatchWeight_FullNameSharedByManyPeople_CountsForLessThanARareOne()
    {
        // Ten "Yousif Abdalla" (more than one person's reports), two "Yousif Babiker" and eight "Hiba Babiker":
        // Abdalla and Babiker are equally common family names, but the full name "Yousif Abdalla" is common as a whole.
        var records = new List<PersonRecord>();
        for (int i = 0; i < 10; i++)
        {
            records.Add(new PersonRecord($"ya{i}") { GivenName = "Yousif", FamilyName = "Abdalla" });
        }

        records.AddRange([
            new PersonRecord("yb1") { GivenName = "Yousif", FamilyName = "Babiker" },
            new PersonRecord("yb2") { GivenName = "Yousif", FamilyName = "Babiker" },
        ]);
        for (int i = 0; i < 8; i++)
        {
            records.Add(new PersonRecord($"hb{i}") { GivenName = "Hiba", FamilyName = "Babiker" });
        }

        // Other people with distinct names, so that no single name is common in itself.
        for (int i = 0; i < 200; i++)
        {
            string name = "x" + (char)('a' + (i % 26)) + (char)('a' + (i / 26));
            records.Add(new PersonRecord($"other{i}") { GivenName = name + "g", FamilyName = name + "f" });
        }
        (Scorer scorer, _) = Build(records);

        double common = scorer.Explain(0, 1).MatchWeight;
        double rare = scorer.Explain(10, 11).MatchWeight;
        Assert.True(rare > common, $"rare full name {rare:F2} should outweigh common full name {common:F2}");
    }
}
