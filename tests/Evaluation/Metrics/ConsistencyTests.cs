using ValueAtlas.Evaluation.Metrics;
using static ValueAtlas.Evaluation.Tests.Metrics.MetricAnswers;

namespace ValueAtlas.Evaluation.Tests.Metrics;

public sealed class ConsistencyTests
{
    private static readonly ConsistencyOptions NoBreakdown = new() { By = [], Resamples = 999 };

    [Fact]
    public void Paraphrase_GroupsAnOriginalWithItsParaphrases_PerTopicAndLanguage()
    {
        AnswerDistribution[] answers =
        [
            Answer("q1", 1, 0), Answer("q1p1", 0, 1, original: "q1"), Answer("q1p2", 1, 0, original: "q1"),
            Answer("q2", 0.5, 0.5), // alone: a singleton
            Answer("q1", 0.2, 0.8, language: "zh"), // another language: its own group, a singleton
        ];

        var report = Consistency.Compute(answers, NoBreakdown);

        var overall = report.Paraphrase.Overall!;
        Assert.Equal((1, 3, 2), (overall.Groups, overall.Members, overall.Singletons));
        // Stance space in ordinal order: opposes, supports.
        var expected = GroupInconsistency.Distances([1e-10, 1 + 1e-10, 1 + 1e-10, 1e-10, 1e-10, 1 + 1e-10], 2).Average();
        Assert.Equal(expected, overall.Mean, 12);
    }

    [Fact]
    public void Topic_PoolsEveryFormOfATopic()
    {
        AnswerDistribution[] answers = [Answer("q1", 1, 0), Answer("q1p", 0.9, 0.1, original: "q1"), Answer("q2", 0.1, 0.9), Answer("q3", 0.5, 0.5, topic: "t2")];

        var report = Consistency.Compute(answers, NoBreakdown);

        Assert.Equal((1, 3, 1), (report.Topic.Overall!.Groups, report.Topic.Overall.Members, report.Topic.Overall.Singletons));
    }

    [Fact]
    public void UseCase_PairsTheMcAndOpenAnswerOfAnItem_AndJoinsTheKinds()
    {
        AnswerDistribution[] answers = [Answer("q1", 1, 0), Answer("q1", 0, 1, kind: "open"), Answer("q2", 1, 0)];

        var report = Consistency.Compute(answers, NoBreakdown with { By = [Dimensions.PromptKind] });

        Assert.Equal((1, 2, 1), (report.UseCase.Overall!.Groups, report.UseCase.Overall.Members, report.UseCase.Overall.Singletons));
        // Two one-hot answers: the two-option random bound.
        Assert.Equal(RandomBounds.For(2), report.UseCase.Overall.Mean, 12);
        var cell = Assert.Single(report.UseCase.Breakdown);
        Assert.Equal("mc+open", cell.Keys[Dimensions.PromptKind]);
    }

    [Fact]
    public void Multilingual_AlignsFormsAcrossLanguages_AndLeavesOutAnswersWithoutTheKey()
    {
        AnswerDistribution[] answers =
        [
            Answer("en1", 1, 0, topicEn: "Guns", originalEn: "Ban guns?", form: 0),
            Answer("zh1", 0.6, 0.4, language: "zh", topicEn: "Guns", originalEn: "Ban guns?", form: 0),
            Answer("zh1p", 0.6, 0.4, language: "zh", original: "zh1", topicEn: "Guns", originalEn: "Ban guns?", form: 1),
            Answer("de9", 0.6, 0.4, language: "de"), // no multilingual key: not in the measure at all
        ];

        var report = Consistency.Compute(answers, NoBreakdown with { By = [Dimensions.Language] });

        var overall = report.Multilingual.Overall!;
        Assert.Equal((1, 2, 1), (overall.Groups, overall.Members, overall.Singletons));
        // The zh paraphrase's cell has only a singleton: no score, so no cell (counted in the overall singletons).
        Assert.Equal(["en+zh"], report.Multilingual.Breakdown.Select(c => c.Keys[Dimensions.Language]));
    }

    [Fact]
    public void Compute_IgnoresOtherKindsSteeredAndStancelessAnswers_CountingAnswers()
    {
        var stanceless = Answer("q3", 0.5, 0.5) with { Options = [new OptionProbability(0, "a", null, 1)] };
        AnswerDistribution[] answers = [Answer("q1", 1, 0), Answer("q1", 1, 0, kind: "pvq"), Answer("q1", 0, 1, steer: "power"), stanceless];

        var report = Consistency.Compute(answers, NoBreakdown);

        Assert.Equal(3, report.IgnoredAnswers);
        Assert.Null(report.Paraphrase.Overall);
    }

    [Fact]
    public void Groups_NeverMixModels()
    {
        AnswerDistribution[] answers = [Answer("q1", 1, 0, model: "a"), Answer("q1p", 0, 1, original: "q1", model: "b")];

        var report = Consistency.Compute(answers, NoBreakdown);

        Assert.Null(report.Paraphrase.Overall);
        Assert.Empty(report.Paraphrase.Breakdown);
    }

    [Fact]
    public void Breakdown_CellsAreSortedByKeys_WithControversialAndTopicValues()
    {
        AnswerDistribution[] answers =
        [
            Answer("q1", 1, 0, topicEn: "Tax", controversial: false), Answer("q2", 0, 1, topicEn: "Tax", controversial: false),
            Answer("q3", 1, 0, topic: "t2", controversial: true), Answer("q4", 0.5, 0.5, topic: "t2", controversial: true),
        ];

        var report = Consistency.Compute(answers, NoBreakdown with { By = [Dimensions.Controversial, Dimensions.Topic] });

        Assert.Equal(
            [("false", "Tax"), ("true", "t2")],
            report.Topic.Breakdown.Select(c => (c.Keys[Dimensions.Controversial], c.Keys[Dimensions.Topic])));
        Assert.All(report.Topic.Breakdown, c => Assert.Equal(2, c.Members));
    }

    [Fact]
    public void Breakdown_CellCi_DoesNotChange_WhenOtherCellsAreAdded()
    {
        var options = NoBreakdown with { By = [Dimensions.Model] };
        List<AnswerDistribution> answers = [.. Enumerable.Range(0, 30).Select(i => Answer($"q{i}", i % 7 / 7.0, 1 - i % 7 / 7.0, model: "a"))];
        var alone = Consistency.Compute(answers, options).Topic.Breakdown.Single();

        answers.AddRange(Enumerable.Range(0, 30).Select(i => Answer($"q{i}", i % 3 / 3.0, 1 - i % 3 / 3.0, model: "b")));
        var beside = Consistency.Compute(answers, options).Topic.Breakdown.First(c => c.Keys[Dimensions.Model] == "a");

        Assert.Equal(alone.Ci95, beside.Ci95);
        Assert.True(alone.Ci95.Low < alone.Mean && alone.Mean < alone.Ci95.High);
    }

    [Fact]
    public void Compute_Throws_ForAnUnknownDimension() =>
        Assert.Throws<ArgumentException>(() => Consistency.Compute([Answer("q1", 1, 0)], NoBreakdown with { By = ["colour"] }));

    [Fact]
    public void StanceSpace_IsTheStancesPresent_AndIdenticalAnswersScoreZero()
    {
        // One with a neutral option, one without: the space is all three, the second has 0 (+1e-10) for neutral.
        AnswerDistribution[] answers = [Answer("q1", 0.5, 0.5, neutral: 0), Answer("q2", 0.5, 0.5)];

        var report = Consistency.Compute(answers, NoBreakdown);

        Assert.Equal(0, report.Topic.Overall!.Mean);
        Assert.Equal(new ConfidenceInterval(0, 0), report.Topic.Overall.Ci95);
    }
}
