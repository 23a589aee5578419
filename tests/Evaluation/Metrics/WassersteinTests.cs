using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

public sealed class WassersteinTests
{
    [Fact]
    public void Distance_EqualsScipy_OnFivePoints()
    {
        // scipy.stats.wasserstein_distance([1..5], [1..5], [.1,.2,.3,.2,.2], [.4,.1,.1,.1,.3]) = 0.6
        Assert.Equal(0.6, Wasserstein.Distance([1, 2, 3, 4, 5], [0.1, 0.2, 0.3, 0.2, 0.2], [0.4, 0.1, 0.1, 0.1, 0.3]), 12);
    }

    [Fact]
    public void Distance_SortsPositions_AndNormalisesWeights()
    {
        // scipy: wasserstein_distance([1,2,4],[1,2,4],[.5,.5,0],[0,.2,.8]) = 2.1; here unsorted and unnormalised.
        Assert.Equal(2.1, Wasserstein.Distance([4, 1, 2], [0, 1, 1], [0.8, 0, 0.2]), 12);
        Assert.Equal(0, Wasserstein.Distance([1, 2, 3], [1, 2, 3], [2, 4, 6]), 15);
    }
}
