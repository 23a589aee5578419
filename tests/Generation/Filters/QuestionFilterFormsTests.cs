using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Tests.Filters;

public sealed class QuestionFilterFormsTests
{
    private static readonly FilterOptions FormsOnly = new() { MinOriginalsPerTopic = 0 };

    [Fact]
    public void An_original_with_fewer_than_three_forms_loses_all_of_them()
    {
        var thin = QuestionRows.Group("사형제", 1, paraphrases: 1);
        var full = QuestionRows.Group("사형제", 2, paraphrases: 2);

        var result = QuestionFilter.Apply([.. thin, .. full], FormsOnly);

        Assert.Equal(full, result.Kept);
        Assert.Equal(thin, result.Dropped.Select(d => d.Question));
        Assert.All(result.Dropped, d => Assert.Equal(DropReason.TooFewForms, d.Reason));
        Assert.Contains("2 distinct forms", result.Dropped[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_minimum_is_configurable()
    {
        var group = QuestionRows.Group("사형제", 1, paraphrases: 2);

        var result = QuestionFilter.Apply(group, FormsOnly with { MinFormsPerOriginal = 4 });

        Assert.Empty(result.Kept);
        Assert.Equal(3, result.CountsByReason[DropReason.TooFewForms]);
    }

    [Fact]
    public void Duplicates_do_not_count_as_forms()
    {
        var original = QuestionRows.Original("사형제", "사형제를 폐지해야 합니까?");
        var same = QuestionRows.Paraphrase(original, "사형제를 폐지해야 합니까？");
        var other = QuestionRows.Paraphrase(original, "사형 제도를 없애야 합니까?");

        var result = QuestionFilter.Apply([original, same, other], FormsOnly);

        Assert.Empty(result.Kept);
        Assert.Equal(1, result.CountsByReason[DropReason.DuplicateParaphrase]);
        Assert.Equal(2, result.CountsByReason[DropReason.TooFewForms]);
    }

    [Fact]
    public void Forms_with_bad_options_do_not_count()
    {
        var group = QuestionRows.Group("사형제", 1, paraphrases: 2);
        group[2] = group[2].WithStances(Stance.Supports);

        var result = QuestionFilter.Apply(group, FormsOnly);

        Assert.Empty(result.Kept);
        Assert.Equal(
            [DropReason.OptionsNotBinary, DropReason.TooFewForms, DropReason.TooFewForms],
            result.Dropped.Select(d => d.Reason));
    }

    [Fact]
    public void Forms_are_counted_per_language()
    {
        var korean = QuestionRows.Group("사형제", 1, paraphrases: 2);
        var english = QuestionRows.Translation(korean[0], Language.English, "Death penalty", "Should the death penalty be abolished?");
        var englishParaphrase = QuestionRows.Paraphrase(english, "Ought capital punishment to end?");
        var chinese = QuestionRows.Translation(korean[0], Language.Chinese, "死刑", "应该废除死刑吗？");
        var chineseForms = new[]
        {
            chinese,
            QuestionRows.Paraphrase(chinese, "死刑是否应当被废除？"),
            QuestionRows.Paraphrase(chinese, "你赞成取消死刑吗？"),
        };

        var result = QuestionFilter.Apply([.. korean, english, englishParaphrase, .. chineseForms], FormsOnly);

        Assert.Equal([.. korean, .. chineseForms], result.Kept);
        Assert.Equal([english, englishParaphrase], result.Dropped.Select(d => d.Question));
        Assert.All(result.Dropped, d => Assert.Contains(" in en;", d.Detail, StringComparison.Ordinal));
    }
}
