using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

public sealed class GroupInconsistencyTests
{
    [Fact]
    public void Distances_AreZero_WhenEveryPairIsWithinTheTolerance()
    {
        // 5e-5 apart: inside numpy.allclose's atol 1e-4.
        var distances = GroupInconsistency.Distances([0.5, 0.5, 0.50005, 0.49995, 0.49998, 0.50002], 2);

        Assert.Equal([0, 0, 0], distances);
    }

    [Fact]
    public void Distances_AreEachMembersJsDistanceToTheCentroid()
    {
        double[] members = [0.1, 0.9, 0.15, 0.85];
        var centroid = JsCentroid.Of(members, 2);

        var distances = GroupInconsistency.Distances(members, 2);

        Assert.Equal(JensenShannon.Distance(centroid, [0.1, 0.9]), distances[0], 15);
        Assert.Equal(JensenShannon.Distance(centroid, [0.15, 0.85]), distances[1], 15);
        Assert.True(distances[0] > 0 && distances[1] > 0);
    }

    [Fact]
    public void Distances_InBaseTwo_AreTheNaturalOnesOverRootLnTwo()
    {
        double[] members = [0.7, 0.2, 0.1, 0.2, 0.2, 0.6];

        var natural = GroupInconsistency.Distances(members, 3);
        var bits = GroupInconsistency.Distances(members, 3, LogBase.Two);

        Assert.Equal(natural[0] / Math.Sqrt(Math.Log(2)), bits[0], 14);
        Assert.Equal(natural[1] / Math.Sqrt(Math.Log(2)), bits[1], 14);
    }
}
