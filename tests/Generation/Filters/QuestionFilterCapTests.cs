using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Tests.Filters;

public sealed class QuestionFilterCapTests
{
    private static readonly FilterOptions CapTwo = new() { MaxQuestionsPerTopic = 2, Seed = 7 };

    private static readonly List<Question> FiveOriginals = QuestionRows.Topic("사형제", originals: 5);

    [Fact]
    public void A_capped_topic_keeps_that_many_originals_with_all_their_forms()
    {
        var result = QuestionFilter.Apply(FiveOriginals, CapTwo);

        Assert.Equal(6, result.Kept.Count);
        Assert.Equal(2, result.Kept.Select(q => q.OriginalGroup).Distinct().Count());
        Assert.Equal(9, result.CountsByReason[DropReason.OverTopicCap]);
        var keptGroups = result.Kept.Select(q => q.OriginalGroup).ToHashSet();
        Assert.DoesNotContain(result.Dropped, d => keptGroups.Contains(d.Question.OriginalGroup));
        Assert.Contains("keeps 2 of 5 originals", result.Dropped[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Kept_rows_stay_in_input_order()
    {
        var result = QuestionFilter.Apply(FiveOriginals, CapTwo);

        Assert.Equal(FiveOriginals.Where(result.Kept.Contains), result.Kept);
    }

    [Fact]
    public void The_same_seed_keeps_the_same_rows_whatever_the_input_order()
    {
        var shuffled = FiveOriginals.ToArray();
        new Random(123).Shuffle(shuffled);
        var reversed = Enumerable.Reverse(FiveOriginals).ToList();

        var ids = QuestionFilter.Apply(FiveOriginals, CapTwo).Kept.Select(q => q.Id).Order().ToList();

        Assert.Equal(ids, QuestionFilter.Apply(shuffled, CapTwo).Kept.Select(q => q.Id).Order());
        Assert.Equal(ids, QuestionFilter.Apply(reversed, CapTwo).Kept.Select(q => q.Id).Order());
    }

    [Fact]
    public void Different_seeds_can_choose_different_originals()
    {
        var choices = Enumerable.Range(0, 20)
            .Select(seed => string.Join(",", QuestionFilter.Apply(FiveOriginals, CapTwo with { Seed = seed })
                .Kept.Select(q => q.OriginalGroup).Distinct().Order()))
            .Distinct()
            .Count();

        Assert.True(choices > 1, "twenty seeds all chose the same originals");
    }

    [Fact]
    public void A_translated_topic_with_the_same_originals_keeps_the_same_ones()
    {
        var english = FiveOriginals.Where(q => q.OriginalId is null).SelectMany((original, i) =>
        {
            var translation = QuestionRows.Translation(original, Language.English, "Death penalty", $"Question {i} about the death penalty?");
            return new[]
            {
                translation,
                QuestionRows.Paraphrase(translation, $"Paraphrase A of question {i}?"),
                QuestionRows.Paraphrase(translation, $"Paraphrase B of question {i}?"),
            };
        }).ToList();

        var result = QuestionFilter.Apply([.. FiveOriginals, .. english], CapTwo);

        var koreanGroups = result.Kept.Where(q => q.Language == Language.Korean).Select(q => q.OriginalGroup).ToHashSet();
        var englishGroups = result.Kept.Where(q => q.Language == Language.English).Select(q => q.OriginalGroup).ToHashSet();
        Assert.Equal(2, koreanGroups.Count);
        Assert.Equal(koreanGroups, englishGroups);
    }

    [Fact]
    public void Topics_at_or_under_the_cap_and_no_cap_keep_everything()
    {
        Assert.Equal(FiveOriginals, QuestionFilter.Apply(FiveOriginals, CapTwo with { MaxQuestionsPerTopic = 5 }).Kept);
        Assert.Equal(FiveOriginals, QuestionFilter.Apply(FiveOriginals, new FilterOptions()).Kept);
    }

    [Fact]
    public void The_cap_applies_per_topic_after_the_topic_minimum()
    {
        var thin = QuestionRows.Topic("동성 결혼", originals: 2);

        var result = QuestionFilter.Apply([.. thin, .. FiveOriginals], CapTwo);

        Assert.Equal(6, result.CountsByReason[DropReason.TooFewOriginals]);
        Assert.Equal(9, result.CountsByReason[DropReason.OverTopicCap]);
        Assert.All(result.Kept, q => Assert.Equal("사형제", q.TopicName));
    }
}
