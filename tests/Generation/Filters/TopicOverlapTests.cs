using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Tests.Filters;

public sealed class TopicOverlapTests
{
    [Fact]
    public void Names_in_both_lists_are_returned_once_normalised()
    {
        var overlap = TopicOverlap.Find(
        [
            ("사형제", true),
            ("동성 결혼", true),
            ("낙태", true),
            ("사형제 ", false),
            ("동성결혼.", false),
            ("동성 결혼", false),
            ("교통 안전", false),
        ]);

        Assert.Equal(["동성결혼", "사형제"], overlap);
    }

    [Fact]
    public void Names_in_one_list_only_are_no_overlap()
    {
        Assert.Empty(TopicOverlap.Find([("사형제", true), ("사형제", true), ("교통 안전", false)]));
    }

    [Fact]
    public void Names_of_punctuation_only_never_overlap()
    {
        Assert.Empty(TopicOverlap.Find([("...", true), ("？", false)]));
    }
}
