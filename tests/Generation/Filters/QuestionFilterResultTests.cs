using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Tests.Filters;

public sealed class QuestionFilterResultTests
{
    [Fact]
    public void Every_reason_is_counted_zero_included()
    {
        var result = QuestionFilter.Apply(QuestionRows.Topic("사형제", originals: 3), new FilterOptions());

        Assert.Equal(DropReason.All.Order(), result.CountsByReason.Keys.Order());
        Assert.All(result.CountsByReason.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void Each_rule_reports_its_reason_in_rule_order_and_every_row_is_accounted_for()
    {
        // Topic A: 4 originals; one loses a form to bad options, another its own row to bad options
        // and a form to a duplicate, so both go for too few forms and the remaining 2 fail the
        // topic minimum. Topic B: 4 full originals, capped at 3.
        var a = QuestionRows.Topic("사형제", originals: 4);
        a[1] = a[1].WithStances(Stance.Supports, Stance.Opposes, Stance.Neutral, Stance.Neutral);
        a[3] = a[3].WithStances(Stance.Opposes, Stance.Opposes);
        a[5] = QuestionRows.Paraphrase(a[4], a[4].Text + "？");
        var b = QuestionRows.Topic("동성 결혼", originals: 4);
        var rows = new List<Question>();
        for (var i = 0; i < a.Count; i++)
        {
            rows.Add(b[i]);
            rows.Add(a[i]);
        }

        var result = QuestionFilter.Apply(rows, new FilterOptions { MaxQuestionsPerTopic = 3, Seed = 1 });

        Assert.Equal(
            [
                DropReason.OptionsNotBinary,
                DropReason.OptionsStanceMismatch,
                DropReason.DuplicateParaphrase,
                .. Enumerable.Repeat(DropReason.TooFewForms, 3),
                .. Enumerable.Repeat(DropReason.TooFewOriginals, 6),
                .. Enumerable.Repeat(DropReason.OverTopicCap, 3),
            ],
            result.Dropped.Select(d => d.Reason));
        Assert.Equal(9, result.Kept.Count);
        Assert.Equal(rows.Count, result.Kept.Count + result.Dropped.Count);
        Assert.Equal(result.Dropped.Count, result.CountsByReason.Values.Sum());
        Assert.Equal(rows.Where(result.Kept.Contains), result.Kept);
    }

    [Fact]
    public void No_rows_give_an_empty_result()
    {
        var result = QuestionFilter.Apply([], new FilterOptions { MaxQuestionsPerTopic = 1 });

        Assert.Empty(result.Kept);
        Assert.Empty(result.Dropped);
    }

    [Fact]
    public void Negative_thresholds_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuestionFilter.Apply([], new FilterOptions { MinFormsPerOriginal = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuestionFilter.Apply([], new FilterOptions { MinOriginalsPerTopic = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuestionFilter.Apply([], new FilterOptions { MaxQuestionsPerTopic = -1 }));
    }
}
