using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Tests.Filters;

public sealed class QuestionFilterDuplicateTests
{
    private static readonly FilterOptions DuplicatesOnly = new() { MinFormsPerOriginal = 0, MinOriginalsPerTopic = 0 };

    private static readonly Question Original = QuestionRows.Original("사형제", "사형제를 폐지해야 합니까?");

    [Fact]
    public void A_paraphrase_differing_only_in_full_width_punctuation_and_spaces_is_dropped()
    {
        var same = QuestionRows.Paraphrase(Original, "사형제를  폐지해야 합니까 ？");
        var other = QuestionRows.Paraphrase(Original, "사형 제도를 없애야 한다고 보십니까?");

        var result = QuestionFilter.Apply([Original, same, other], DuplicatesOnly);

        Assert.Equal([Original, other], result.Kept);
        var dropped = Assert.Single(result.Dropped);
        Assert.Same(same, dropped.Question);
        Assert.Equal(DropReason.DuplicateParaphrase, dropped.Reason);
        Assert.Contains(Original.Id, dropped.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_original_survives_even_when_a_duplicate_paraphrase_comes_first()
    {
        var same = QuestionRows.Paraphrase(Original, "「사형제를 폐지해야 합니까」");

        var result = QuestionFilter.Apply([same, Original], DuplicatesOnly);

        Assert.Equal([Original], result.Kept);
        Assert.Same(same, Assert.Single(result.Dropped).Question);
    }

    [Fact]
    public void Among_paraphrases_the_earlier_one_in_input_order_survives()
    {
        var first = QuestionRows.Paraphrase(Original, "사형 제도를 없애야 합니까?");
        var second = QuestionRows.Paraphrase(Original, "사형 제도를, 없애야 합니까！");

        var result = QuestionFilter.Apply([Original, first, second], DuplicatesOnly);

        Assert.Equal([Original, first], result.Kept);
        Assert.Contains(first.Id, Assert.Single(result.Dropped).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_text_under_two_originals_stays_in_both()
    {
        var otherOriginal = QuestionRows.Original("사형제", "사형제는 정당한 형벌입니까?");
        var underOther = QuestionRows.Paraphrase(otherOriginal, "사형제를 폐지해야 합니까?");

        var result = QuestionFilter.Apply([Original, otherOriginal, underOther], DuplicatesOnly);

        Assert.Equal(3, result.Kept.Count);
    }

    [Fact]
    public void A_translation_is_compared_only_within_its_own_language()
    {
        var english = QuestionRows.Translation(Original, Language.English, "Death penalty", "Should the death penalty be abolished?");
        var englishSame = QuestionRows.Paraphrase(english, "Should the death penalty be abolished ？");
        var englishOther = QuestionRows.Paraphrase(english, "Ought capital punishment to end?");

        var result = QuestionFilter.Apply([Original, english, englishSame, englishOther], DuplicatesOnly);

        Assert.Equal([Original, english, englishOther], result.Kept);
        Assert.Same(englishSame, Assert.Single(result.Dropped).Question);
    }

    [Fact]
    public void A_row_dropped_for_its_options_does_not_shadow_a_later_duplicate()
    {
        var badOriginal = Original.WithStances(Stance.Supports, Stance.Supports);
        var same = QuestionRows.Paraphrase(Original, "사형제를 폐지해야 합니까？");

        var result = QuestionFilter.Apply([badOriginal, same], DuplicatesOnly);

        Assert.Equal([same], result.Kept);
        Assert.Equal(DropReason.OptionsStanceMismatch, Assert.Single(result.Dropped).Reason);
    }
}
