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
