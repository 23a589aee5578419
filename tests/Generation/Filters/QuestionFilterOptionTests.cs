using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Tests.Filters;

public sealed class QuestionFilterOptionTests
{
    // Later rules off, so only the option rule decides.
    private static readonly FilterOptions OptionsOnly = new() { MinFormsPerOriginal = 0, MinOriginalsPerTopic = 0 };

    private static readonly Question Row = QuestionRows.Original("사형제", "사형제를 폐지해야 합니까?");

    [Fact]
    public void One_supports_and_one_opposes_is_kept()
    {
        var result = QuestionFilter.Apply([Row.WithStances(Stance.Opposes, Stance.Supports)], OptionsOnly);

        Assert.Single(result.Kept);
        Assert.Empty(result.Dropped);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_count_other_than_two_is_not_binary(int count)
    {
        var stances = new[] { Stance.Supports, Stance.Opposes, Stance.Neutral, Stance.Neutral }[..count];

        var result = QuestionFilter.Apply([Row.WithStances(stances)], OptionsOnly);

        var dropped = Assert.Single(result.Dropped);
        Assert.Equal(DropReason.OptionsNotBinary, dropped.Reason);
        Assert.Contains($"{count} options", dropped.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void No_options_is_not_binary()
    {
        var result = QuestionFilter.Apply([Row with { Options = [] }], OptionsOnly);

        Assert.Equal(DropReason.OptionsNotBinary, Assert.Single(result.Dropped).Reason);
    }

    [Theory]
    [InlineData(Stance.Supports, Stance.Supports)]
    [InlineData(Stance.Opposes, Stance.Opposes)]
    [InlineData(Stance.Supports, Stance.Neutral)]
    [InlineData(Stance.Neutral, Stance.Opposes)]
    public void Two_options_without_one_of_each_stance_mismatch(Stance first, Stance second)
    {
        var result = QuestionFilter.Apply([Row.WithStances(first, second)], OptionsOnly);

        var dropped = Assert.Single(result.Dropped);
        Assert.Equal(DropReason.OptionsStanceMismatch, dropped.Reason);
        Assert.Contains("supports", dropped.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowing_neutral_keeps_supports_opposes_neutral_and_plain_binary()
    {
        var withNeutral = Row.WithStances(Stance.Supports, Stance.Neutral, Stance.Opposes);
        var binary = QuestionRows.Original("사형제", "사형제를 유지해야 합니까?");

        var result = QuestionFilter.Apply([withNeutral, binary], OptionsOnly with { AllowNeutral = true });

        Assert.Equal([withNeutral, binary], result.Kept);
    }

    [Theory]
    [InlineData(Stance.Supports, Stance.Supports, Stance.Opposes)]
    [InlineData(Stance.Supports, Stance.Neutral, Stance.Neutral)]
    [InlineData(Stance.Supports, Stance.Opposes, Stance.Opposes)]
    public void Allowing_neutral_still_needs_one_of_each_stance(Stance a, Stance b, Stance c)
    {
        var result = QuestionFilter.Apply([Row.WithStances(a, b, c)], OptionsOnly with { AllowNeutral = true });

        Assert.Equal(DropReason.OptionsStanceMismatch, Assert.Single(result.Dropped).Reason);
    }

    [Fact]
    public void Allowing_neutral_never_accepts_four_options()
    {
        var four = Row.WithStances(Stance.Supports, Stance.Opposes, Stance.Neutral, Stance.Neutral);

        var result = QuestionFilter.Apply([four], OptionsOnly with { AllowNeutral = true });

        Assert.Equal(DropReason.OptionsNotBinary, Assert.Single(result.Dropped).Reason);
    }
}
