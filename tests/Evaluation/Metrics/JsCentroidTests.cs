using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

public sealed class JsCentroidTests
{
    // The jensen-shannon-centroid package's README examples.
    [Theory]
    [InlineData(0.1, 0.9, 0.15, 0.85, 0.12391947, 0.87608053)]
    [InlineData(0.2, 0.8, 0.5, 0.5, 0.34213098, 0.65786902)]
    public void Of_EqualsThePackagesExamples(double a0, double a1, double b0, double b1, double c0, double c1)
    {
        var centroid = JsCentroid.Of([a0, a1, b0, b1], 2);

        Assert.Equal(c0, centroid[0], 8);
        Assert.Equal(c1, centroid[1], 8);
    }

    [Fact]
    public void Of_MinimisesTheSummedDivergence_AgainstPerturbations()
    {
        double[] members = [0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.3, 0.3, 0.4, 0.05, 0.05, 0.9];
        var centroid = JsCentroid.Of(members, 3);
        var best = SummedDivergence(members, centroid);

        Assert.Equal(1, centroid.Sum(), 12);
        foreach (var (i, j) in new[] { (0, 1), (0, 2), (1, 2), (1, 0), (2, 0), (2, 1) })
        {
            var moved = (double[])centroid.Clone();
            moved[i] += 1e-4;
            moved[j] -= 1e-4;
            Assert.True(SummedDivergence(members, moved) > best, $"moving mass {i}→{j} lowered the sum");
        }
    }

    [Fact]
    public void Of_Throws_NamingTheGroup_WhenItDoesNotConverge()
    {
        // A NaN probability (a corrupt row) keeps the L1 change NaN, never below the tolerance, as in the package.
        var error = Assert.Throws<CentroidNotConvergedException>(() => JsCentroid.Of([double.NaN, 0.5, 0.5, 0.5], 2, "topic 7"));

        Assert.Equal("topic 7", error.Group);
        Assert.Contains("topic 7", error.Message);
    }

    private static double SummedDivergence(double[] members, double[] centroid)
    {
        var sum = 0.0;
        for (var i = 0; i < members.Length / 3; i++)
        {
            sum += JensenShannon.Divergence(members.AsSpan(i * 3, 3), centroid);
        }

        return sum;
    }
}
