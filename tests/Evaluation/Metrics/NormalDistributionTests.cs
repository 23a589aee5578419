using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

public sealed class NormalDistributionTests
{
    // scipy.special.ndtr at these points (in the far tail e^(−x²/2) alone carries x²·ε of relative error).
    [Theory]
    [InlineData(-8, 6.22096057427174e-16)]
    [InlineData(-5, 2.866515718791933e-07)]
    [InlineData(-3, 0.0013498980316300933)]
    [InlineData(-1.96, 0.024997895148220435)]
    [InlineData(-1, 0.15865525393145707)]
    [InlineData(-0.3, 0.3820885778110474)]
    [InlineData(0, 0.5)]
    [InlineData(0.5, 0.6914624612740131)]
    [InlineData(1.5, 0.9331927987311419)]
    [InlineData(2.7, 0.9965330261969594)]
    [InlineData(4, 0.9999683287581669)]
    [InlineData(7, 0.9999999999987201)]
    public void Cdf_EqualsScipyNdtr_ToRelative3e14(double x, double expected) =>
        Assert.True(Math.Abs(NormalDistribution.Cdf(x) - expected) <= 3e-14 * expected, $"Φ({x}) = {NormalDistribution.Cdf(x):R}, scipy {expected:R}");

    // scipy.special.ndtri at these points.
    [Theory]
    [InlineData(1e-10, -6.361340902404056)]
    [InlineData(1e-05, -4.264890793922825)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(0.025, -1.9599639845400545)]
    [InlineData(0.2, -0.8416212335729142)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.7, 0.5244005127080407)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.99999, 4.264890793923841)]
    public void InverseCdf_EqualsScipyNdtri(double p, double expected) =>
        Assert.Equal(expected, NormalDistribution.InverseCdf(p), 13);

    [Fact]
    public void InverseCdf_IsInfinite_AtTheEnds_AndNaN_Outside()
    {
        Assert.Equal(double.NegativeInfinity, NormalDistribution.InverseCdf(0));
        Assert.Equal(double.PositiveInfinity, NormalDistribution.InverseCdf(1));
        Assert.True(double.IsNaN(NormalDistribution.InverseCdf(1.5)));
    }
}
