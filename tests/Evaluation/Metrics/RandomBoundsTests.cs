using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

public sealed class RandomBoundsTests
{
    [Fact]
    public void For_TwoOptions_IsThePublishedBound()
    {
        var closedForm = Math.Sqrt(0.5 * Math.Log(4.0 / 3) + 0.25 * Math.Log(2.0 / 3) + 0.25 * Math.Log(2));

        Assert.Equal(0.4645, RandomBounds.For(2), 4);
        // The +1e-10 per entry moves it from the closed form by less than 1e-8.
        Assert.Equal(closedForm, RandomBounds.For(2), 8);
    }

    [Fact]
    public void For_ThreeOptions_IsThePublishedBound() => Assert.Equal(0.5641, RandomBounds.For(3), 4);

    [Fact]
    public void For_BaseTwo_IsTheDistanceOverRootLnTwo() =>
        Assert.Equal(RandomBounds.For(3) / Math.Sqrt(Math.Log(2)), RandomBounds.For(3, LogBase.Two), 10);

    [Fact]
    public void For_OneOption_IsAnError() => Assert.Throws<ArgumentOutOfRangeException>(() => RandomBounds.For(1));
}
