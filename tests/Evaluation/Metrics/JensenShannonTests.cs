using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

public sealed class JensenShannonTests
{
    [Fact]
    public void Distance_IsZero_ForIdenticalDistributions()
    {
        double[] p = [0.2, 0.3, 0.5];

        Assert.Equal(0, JensenShannon.Distance(p, p));
        Assert.Equal(0, JensenShannon.Divergence(p, [2, 3, 5]), 15);
    }

    [Fact]
    public void Distance_MatchesTheClosedForm_ForOneHotAgainstUniform()
    {
        // m = [3/4, 1/4]: JSD = ½(ln(4/3)) + ½(½ln(2/3) + ½ln 2).
        var closedForm = Math.Sqrt(0.5 * Math.Log(4.0 / 3) + 0.25 * Math.Log(2.0 / 3) + 0.25 * Math.Log(2));

        Assert.Equal(closedForm, JensenShannon.Distance([1, 0], [0.5, 0.5]), 12);
        Assert.Equal(0.46450140402245893, closedForm, 15);
    }

    [Fact]
    public void Distance_EqualsScipy_OnThreeOptions()
    {
        // scipy.spatial.distance.jensenshannon([0.2,0.3,0.5],[0.6,0.1,0.3]) and with base=2.
        Assert.Equal(0.3018622177839873, JensenShannon.Distance([0.2, 0.3, 0.5], [0.6, 0.1, 0.3]), 14);
        Assert.Equal(0.3625734741463228, JensenShannon.Distance([0.2, 0.3, 0.5], [0.6, 0.1, 0.3], LogBase.Two), 14);
    }

    [Fact]
    public void Divergence_InBaseTwo_IsTheNaturalOneOverLnTwo()
    {
        double[] p = [0.7, 0.2, 0.1];
        double[] q = [0.1, 0.1, 0.8];

        Assert.Equal(JensenShannon.Divergence(p, q) / Math.Log(2), JensenShannon.Divergence(p, q, LogBase.Two), 15);
        Assert.Equal(1, JensenShannon.Divergence([1, 0], [0, 1], LogBase.Two), 15);
    }

    [Fact]
    public void Distance_IsSymmetric_AndNormalisesEachSide()
    {
        double[] p = [3, 1, 0];
        double[] q = [0.1, 0.5, 0.4];

        Assert.Equal(JensenShannon.Distance(p, q), JensenShannon.Distance(q, p), 15);
        Assert.Equal(JensenShannon.Distance([0.75, 0.25, 0], q), JensenShannon.Distance(p, q), 15);
    }

    [Fact]
    public void Divergence_Throws_ForDifferentLengths() =>
        Assert.Throws<ArgumentException>(() => JensenShannon.Divergence([0.5, 0.5], [1.0]));
}
