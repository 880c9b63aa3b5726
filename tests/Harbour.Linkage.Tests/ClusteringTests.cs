using Harbour.Linkage.Clustering;

namespace Harbour.Linkage.Tests;

public class ClusteringTests
{
    private static List<Link> Clique(int first, int size, double probability)
    {
        var links = new List<Link>();
        for (int a = first; a < first + size; a++)
        {
            for (int b = a + 1; b < first + size; b++)
            {
                links.Add(new Link(a, b, probability));
            }
        }

        return links;
    }

    [Fact]
    public void Cluster_TwoDenseGroupsJoinedByOneBridge_StaySeparate()
    {
        List<Link> links = [.. Clique(0, 4, 0.99), .. Clique(4, 4, 0.99), new Link(3, 4, 0.999)];
        int[] clusters = new Clusterer().Cluster(8, links);

        Assert.Equal(2, clusters.Distinct().Count());
        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(clusters[0], clusters[i]));
        Assert.All(Enumerable.Range(4, 4), i => Assert.Equal(clusters[4], clusters[i]));
    }

    [Fact]
    public void Cluster_GroupsWithManyCrossLinks_Merge()
    {
        List<Link> links = [.. Clique(0, 3, 0.99), .. Clique(3, 3, 0.99), new Link(0, 3, 0.95), new Link(1, 4, 0.95), new Link(2, 5, 0.95)];
        int[] clusters = new Clusterer().Cluster(6, links);
        Assert.Single(clusters.Distinct());
    }

    [Fact]
    public void Cluster_ChainOfWeakLinks_StopsGrowing()
    {
        // A path 0-1-2-3-4-5 where every link only just passes the threshold.
        List<Link> links = [.. Enumerable.Range(0, 5).Select(i => new Link(i, i + 1, 0.55))];
        int[] clusters = new Clusterer().Cluster(6, links);
        Assert.True(clusters.GroupBy(c => c).Max(g => g.Count()) < 6);
    }

    [Fact]
    public void Cluster_SingleRecordWithOneStrongLink_JoinsGroup()
    {
        List<Link> links = [.. Clique(0, 4, 0.99), new Link(2, 4, 0.99)];
        int[] clusters = new Clusterer().Cluster(5, links);
        Assert.Single(clusters.Distinct());
    }

    [Fact]
    public void Cluster_CannotLinkPair_IsNeverMerged()
    {
        List<Link> links = [new Link(0, 1, 0.99), new Link(1, 2, 0.99), new Link(0, 2, 0.99)];
        int[] clusters = new Clusterer().Cluster(3, links, cannotLink: (a, b) => (a, b) is (0, 2) or (2, 0));
        Assert.NotEqual(clusters[0], clusters[2]);
    }

    [Fact]
    public void AssignIds_UnchangedCluster_KeepsPreviousId()
    {
        string[] ids = ["a", "b", "c", "d"];
        string[] first = ClusterIds.Assign(ids, [0, 0, 2, 3]);
        Assert.Equal(["a", "a", "c", "d"], first);

        // "d" joins "c" in the next run; "a"/"b" are untouched and keep their id even though an earlier id sorts first.
        var previous = new Dictionary<string, string> { ["a"] = "cluster-7", ["b"] = "cluster-7", ["c"] = "cluster-9", ["d"] = "cluster-3" };
        string[] second = ClusterIds.Assign(ids, [0, 0, 2, 2], previous);
        Assert.Equal("cluster-7", second[0]);
        Assert.Equal("cluster-7", second[1]);
        Assert.Equal(second[2], second[3]);
        Assert.True(second[2] is "cluster-9" or "cluster-3");
    }
}
