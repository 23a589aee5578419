using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Tests.Filters;

public sealed class QuestionFilterTopicTests
{
    private static readonly FilterOptions Defaults = new();

    [Fact]
    public void A_topic_with_fewer_than_three_originals_loses_all_its_rows()
    {
        var thin = QuestionRows.Topic("사형제", originals: 2);
        var full = QuestionRows.Topic("동성 결혼", originals: 3);

        var result = QuestionFilter.Apply([.. thin, .. full], Defaults);

        Assert.Equal(full, result.Kept);
        Assert.Equal(thin, result.Dropped.Select(d => d.Question));
        Assert.All(result.Dropped, d => Assert.Equal(DropReason.TooFewOriginals, d.Reason));
        Assert.Contains("2 originals", result.Dropped[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Originals_lost_to_too_few_forms_do_not_count()
    {
        var topic = QuestionRows.Topic("사형제", originals: 3);
        topic.RemoveAt(topic.Count - 1);

        var result = QuestionFilter.Apply(topic, Defaults);

        Assert.Empty(result.Kept);
        Assert.Equal(2, result.CountsByReason[DropReason.TooFewForms]);
        Assert.Equal(6, result.CountsByReason[DropReason.TooFewOriginals]);
    }

    [Fact]
    public void An_original_whose_own_row_failed_still_counts_through_its_surviving_forms()
    {
        var topic = QuestionRows.Topic("사형제", originals: 3, paraphrases: 3);
        topic[0] = topic[0].WithStances(Stance.Supports, Stance.Supports);

        var result = QuestionFilter.Apply(topic, Defaults);

        Assert.Equal(topic.Count - 1, result.Kept.Count);
        Assert.Equal(DropReason.OptionsStanceMismatch, Assert.Single(result.Dropped).Reason);
    }

    [Fact]
    public void A_translated_topic_is_judged_by_its_own_id()
    {
        var korean = QuestionRows.Topic("사형제", originals: 3);
        var originals = korean.Where(q => q.OriginalId is null).ToList();
        var english = new List<Question>();
        for (var i = 0; i < 2; i++)
        {
            var translation = QuestionRows.Translation(originals[i], Language.English, "Death penalty", $"Question {i} about the death penalty?");
            english.Add(translation);
            english.Add(QuestionRows.Paraphrase(translation, $"Paraphrase A of question {i}?"));
            english.Add(QuestionRows.Paraphrase(translation, $"Paraphrase B of question {i}?"));
        }

        var result = QuestionFilter.Apply([.. korean, .. english], Defaults);

        Assert.Equal(korean, result.Kept);
        Assert.Equal(english, result.Dropped.Select(d => d.Question));
        Assert.All(result.Dropped, d => Assert.Equal(DropReason.TooFewOriginals, d.Reason));
    }

    [Fact]
    public void The_minimum_is_configurable()
    {
        var topic = QuestionRows.Topic("사형제", originals: 1);

        var result = QuestionFilter.Apply(topic, Defaults with { MinOriginalsPerTopic = 1 });

        Assert.Equal(topic, result.Kept);
    }
}
