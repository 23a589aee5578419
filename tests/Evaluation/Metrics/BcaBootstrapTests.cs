using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

public sealed class BcaBootstrapTests
{
    // x_i = frac(i·φ⁻¹)^p, i = 1..n: the same sample in the test and the Python that produced the expected values.
    private static double[] Sample(int n, int power) =>
        [.. Enumerable.Range(1, n).Select(i => Math.Pow(i * 0.6180339887498949 % 1.0, power))];

    // scipy.stats.bootstrap((x,), np.mean, method='BCa', n_resamples=9999, confidence_level=0.95) averaged over
    // random_state=default_rng(0..19) (scipy 1.10.1; spread between seeds ≤ 0.0015). Our stream differs from numpy's,
    // so the ends agree within 0.005, not exactly.
    [Theory]
    [InlineData(60, 2, 0.2617093797355005, 0.41295507968089556)]
    [InlineData(200, 3, 0.21449249134103665, 0.2934326113330176)]
    [InlineData(40, 1, 0.4058925155873031, 0.5818296868533348)]
    public void MeanInterval_AgreesWithScipy_Within0005(int n, int power, double low, double high)
    {
        var ci = BcaBootstrap.MeanInterval(Sample(n, power), 9_999, 0.95, seed: 42);

        Assert.Equal(low, ci.Low, 0.005);
        Assert.Equal(high, ci.High, 0.005);
    }

    [Fact]
    public void MeanInterval_AtNinetyPercent_AgreesWithScipy()
    {
        // scipy, confidence_level=0.9, default_rng(0): (0.27379, 0.40057).
        var ci = BcaBootstrap.MeanInterval(Sample(60, 2), 9_999, 0.9, seed: 7);

        Assert.Equal(0.2737931774804309, ci.Low, 0.005);
        Assert.Equal(0.4005682565648988, ci.High, 0.005);
    }

    [Fact]
    public void MeanInterval_IsTheSame_ForTheSameSeed_AndDiffers_ForAnother()
    {
        var x = Sample(500, 2);

        var first = BcaBootstrap.MeanInterval(x, 9_999, 0.95, seed: 1);
        var again = BcaBootstrap.MeanInterval(x, 9_999, 0.95, seed: 1);
        var other = BcaBootstrap.MeanInterval(x, 9_999, 0.95, seed: 2);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Resample_DrawsTheSameMeans_InBlocksAsOneAfterAnother()
    {
        var x = Sample(2_000, 1);
        var parallel = BcaBootstrap.Resample(x, 1_000, seed: 9, parallel: true);
        var sequential = BcaBootstrap.Resample(x, 1_000, seed: 9, parallel: false);

        Assert.Equal(sequential, parallel);
        Assert.InRange(parallel.Average(), x.Average() - 0.01, x.Average() + 0.01);
    }

    [Fact]
    public void MeanInterval_IsThePoint_ForEqualValues_OrOneValue()
    {
        Assert.Equal(new ConfidenceInterval(0.25, 0.25), BcaBootstrap.MeanInterval([0.25, 0.25, 0.25], 9_999, 0.95, 0));
        Assert.Equal(new ConfidenceInterval(0.7, 0.7), BcaBootstrap.MeanInterval([0.7], 9_999, 0.95, 0));
        Assert.Equal(new ConfidenceInterval(0, 0), BcaBootstrap.MeanInterval([0.0, 0.0], 9_999, 0.95, 0));
    }

    [Fact]
    public void MeanInterval_HoldsTheMean_ForSkewedZeroHeavyDistances()
    {
        // Most members at 0 (identical answers), a few far: the CI is asymmetric and still holds the mean.
        double[] x = [.. Enumerable.Repeat(0.0, 90), .. Enumerable.Range(1, 10).Select(i => 0.05 * i)];

        var ci = BcaBootstrap.MeanInterval(x, 9_999, 0.95, 3);

        Assert.InRange(x.Average(), ci.Low, ci.High);
        Assert.True(ci.High - x.Average() > x.Average() - ci.Low);
    }
}
