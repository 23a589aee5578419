using ValueAtlas.Evaluation.Run;

namespace ValueAtlas.Evaluation.Tests.Run;

public sealed class OrderingsTests
{
    [Fact]
    public void Shuffled_SameItemAndSeed_GivesTheSameOrders()
    {
        Assert.Equal(Orderings.Shuffled("item-1", 4, 3, 7), Orderings.Shuffled("item-1", 4, 3, 7));
    }

    [Fact]
    public void Shuffled_IsPinned_SoARunNextYearDrawsTheSameOrders()
    {
        // Pinned values: a change of the seeding or the shuffle would silently re-order every study's prompts.
        Assert.Equal("3,1,0,2 2,0,1,3 2,1,0,3", string.Join(" ", Orderings.Shuffled("item-1", 4, 3, 7).Select(Orderings.Text)));
    }

    [Fact]
    public void Shuffled_GivesDistinctPermutations()
    {
        var orders = Orderings.Shuffled("item-1", 4, 10, 7);
        Assert.Equal(10, orders.Count);
        Assert.Equal(10, orders.Select(Orderings.Text).Distinct().Count());
        Assert.All(orders, o => Assert.Equal([0, 1, 2, 3], o.Order()));
    }

    [Fact]
    public void Shuffled_MoreOrdersThanExist_GivesEveryOrderOnce()
    {
        var orders = Orderings.Shuffled("item-1", 2, 5, 7);
        Assert.Equal(["0,1", "1,0"], orders.Select(Orderings.Text).Order());
    }

    [Fact]
    public void Shuffled_DependsOnSeedAndItem()
    {
        var bySeed = Enumerable.Range(0, 20).Select(s => Orderings.Text(Orderings.Shuffled("item-1", 5, 1, s)[0])).Distinct().Count();
        var byItem = Enumerable.Range(0, 20).Select(i => Orderings.Text(Orderings.Shuffled($"item-{i}", 5, 1, 7)[0])).Distinct().Count();
        Assert.True(bySeed > 5, $"{bySeed} distinct first orders over 20 seeds");
        Assert.True(byItem > 5, $"{byItem} distinct first orders over 20 items");
    }

    [Fact]
    public void Source_IsTheSurveysOwnOrder()
    {
        Assert.Equal("0,1,2", Orderings.Text(Assert.Single(Orderings.Source(3))));
    }
}
