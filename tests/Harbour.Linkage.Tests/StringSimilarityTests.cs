using Harbour.Linkage.Comparison;

namespace Harbour.Linkage.Tests;

public class StringSimilarityTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.9611)]
    [InlineData("dwayne", "duane", 0.8400)]
    [InlineData("dixon", "dicksonx", 0.8133)]
    [InlineData("abc", "xyz", 0.0)]
    [InlineData("same", "same", 1.0)]
    public void JaroWinkler_KnownPairs_MatchPublishedValues(string a, string b, double expected)
    {
        Assert.Equal(expected, StringSimilarity.JaroWinkler(a, b), 4);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "ac", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("mohamed", "mohammed", 1)]
    [InlineData("19560409", "19560490", 1)]
    public void DamerauLevenshtein_KnownPairs_GivesEditDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, StringSimilarity.DamerauLevenshtein(a, b));
    }

    [Theory]
    [InlineData("smith", "smyth", true)]
    [InlineData("smith", "smiht", true)]
    [InlineData("smith", "smith", true)]
    [InlineData("smith", "smithe", true)]
    [InlineData("smith", "mith", true)]
    [InlineData("smith", "smythe", false)]
    [InlineData("abc", "cba", false)]
    public void WithinOneEdit_AgreesWithDamerauLevenshtein(string a, string b, bool expected)
    {
        Assert.Equal(expected, StringSimilarity.WithinOneEdit(a, b));
        Assert.Equal(expected, StringSimilarity.DamerauLevenshtein(a, b) <= 1);
    }

    [Fact]
    public void Jaccard_SortedTokenSets_CountsSharedOverUnion()
    {
        Assert.Equal(2.0 / 4.0, StringSimilarity.Jaccard([1, 2, 3], [2, 3, 4]), 6);
        Assert.Equal(1.0, StringSimilarity.QGramJaccard("night", "night"), 6);
        Assert.True(StringSimilarity.QGramJaccard("night", "nacht") < 0.5);
    }
}

public class BandedEditDistanceTests
{
    [Fact]
    public void WithinEdits_RandomStrings_AgreesWithFullDistance()
    {
        var random = new Random(99);
        for (int trial = 0; trial < 5000; trial++)
        {
            string a = RandomText(random);
            string b = random.Next(3) == 0 ? RandomText(random) : Mutate(a, random);
            for (int k = 0; k <= 3; k++)
            {
                Assert.Equal(StringSimilarity.DamerauLevenshtein(a, b) <= k, StringSimilarity.WithinEdits(a, b, k));
            }
        }
    }

    private static string RandomText(Random random) =>
        new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => (char)('a' + random.Next(4)))]);

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        for (int edits = random.Next(0, 4); edits > 0; edits--)
        {
            int position = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0 when chars.Count > 0:
                    chars.RemoveAt(position);
                    break;
                case 1:
                    chars.Insert(position, (char)('a' + random.Next(4)));
                    break;
                default:
                    if (chars.Count > 1 && position > 0)
                    {
                        (chars[position], chars[position - 1]) = (chars[position - 1], chars[position]);
                    }

                    break;
            }
        }

        return new string([.. chars]);
    }
}
