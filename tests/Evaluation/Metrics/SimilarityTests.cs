using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

public sealed class SimilarityTests
{
    private static readonly AnswerCondition Model = new("m", "goqa-dp", "en", null, null);
    private static readonly SimilarityOptions Options = new() { Resamples = 999 };

    private static SurveyDistribution Human(string question, string? country, params double[] shares) => new()
    {
        QuestionId = question,
        Country = country,
        Options = [.. shares.Select((s, i) => new OptionShare(i, $"c{i}", s, i + 1))],
    };

    private static SurveyDistribution Asked(string question, params double[] shares) => Human(question, null, shares) with { Condition = Model };

    [Fact]
    public void ACountryComparedWithItself_IsOne_AndRanksAboveUniform()
    {
        double[][] shares = [[0.6, 0.3, 0.1], [0.2, 0.8], [0.1, 0.1, 0.7, 0.1]];
        var human = shares.Select((s, i) => Human($"q{i}", "KR", s))
            .Concat(shares.Select((s, i) => Human($"q{i}", "ZZ", [.. s.Select(_ => 1.0)])));
        var model = shares.Select((s, i) => Asked($"q{i}", s)).ToList();

        var report = Similarity.Compute(model, [.. human], Options);

        var condition = Assert.Single(report.Conditions);
        Assert.Equal(["KR", "ZZ"], condition.Countries.Select(c => c.Country));
        Assert.Equal(1, condition.Countries[0].Mean, 15);
        Assert.Equal(new ConfidenceInterval(1, 1), condition.Countries[0].Ci95);
        Assert.True(condition.Countries[1].Mean < 1);
        Assert.Equal([1, 2], condition.Countries.Select(c => c.Rank));
    }

    [Fact]
    public void Ranks_ShareTheBetterPlace_OnTies_AndSortByCode()
    {
        SurveyDistribution[] human = [Human("q1", "B", 0.5, 0.5), Human("q1", "A", 0.5, 0.5), Human("q1", "C", 1, 0)];

        var countries = Similarity.Compute([Asked("q1", 0.5, 0.5)], human, Options).Conditions[0].Countries;

        Assert.Equal([("A", 1), ("B", 1), ("C", 3)], countries.Select(c => (c.Country!, c.Rank)));
    }

    [Fact]
    public void Options_MatchByIndex_WhenBothSidesHaveIt_ElseByCode()
    {
        // The model's option 2 is missing on the human side: 0 there. scipy: 1 − jensenshannon([.3,.7,0],[.5,.25,.25]).
        var model = Asked("q1") with { Options = [new OptionShare(1, "x", 0.7), new OptionShare(0, "y", 0.3)] };
        var human = Human("q1", "KR", 0.5, 0.25, 0.25);
        var byCode = model with { Options = [new OptionShare(null, "c1", 0.7), new OptionShare(null, "c0", 0.3)] };

        var value = Similarity.Compute([model], [human], Options).Conditions[0].Countries[0].Mean;
        var codeValue = Similarity.Compute([byCode], [human], Options).Conditions[0].Countries[0].Mean;

        Assert.Equal(0.6066004898169086, value, 14);
        Assert.Equal(value, codeValue, 15);
    }

    [Fact]
    public void Wasserstein_IsOneMinusW1OverTheRange_AsScipy()
    {
        // scipy: 1 − wasserstein_distance(pos, pos, [.1,.2,.3,.4], [.4,.3,.2,.1]) / 3 with pos 1..4.
        var report = Similarity.Compute([Asked("q1", 0.1, 0.2, 0.3, 0.4)], [Human("q1", "KR", 0.4, 0.3, 0.2, 0.1)], Options with { Measure = SimilarityMeasure.Wasserstein });

        Assert.Equal(0.6666666666666667, report.Conditions[0].Countries[0].Mean, 14);
    }

    [Fact]
    public void Questions_WithNoOptionInCommon_OrNoPositions_AreSkippedAndCounted()
    {
        var disjoint = Asked("q2") with { Options = [new OptionShare(7, "z", 1)] };
        var nominal = Asked("q3", 0.5, 0.5) with { Options = [new OptionShare(0, "c0", 0.5), new OptionShare(1, "c1", 0.5)] };
        SurveyDistribution[] human = [Human("q1", "KR", 1, 0), Human("q2", "KR", 1, 0), Human("q3", "KR", 0.5, 0.5) with { Options = [new OptionShare(0, "c0", 0.5), new OptionShare(1, "c1", 0.5)] }];

        var js = Similarity.Compute([Asked("q1", 1, 0), disjoint, nominal], human, Options).Conditions[0];
        var wasserstein = Similarity.Compute([Asked("q1", 1, 0), disjoint, nominal], human, Options with { Measure = SimilarityMeasure.Wasserstein }).Conditions[0];

        Assert.Equal(1, js.SkippedQuestions);
        Assert.Equal(["q1", "q3"], js.Countries[0].Questions.Select(q => q.QuestionId));
        Assert.Equal(2, wasserstein.SkippedQuestions);
        Assert.Equal(["q1"], wasserstein.Countries[0].Questions.Select(q => q.QuestionId));
    }

    [Fact]
    public void Countries_WithNoSharedQuestion_AreOmitted_AndConditionsAreSeparate()
    {
        var other = new AnswerCondition("m2", "goqa-dp", "en", null, null);
        SurveyDistribution[] model = [Asked("q1", 1, 0), Asked("q1", 0, 1) with { Condition = other }];
        SurveyDistribution[] human = [Human("q1", "KR", 1, 0), Human("q9", "JP", 1, 0)];

        var report = Similarity.Compute(model, human, Options);

        Assert.Equal(["m", "m2"], report.Conditions.Select(c => c.Condition!.Model));
        Assert.All(report.Conditions, c => Assert.Equal("KR", Assert.Single(c.Countries).Country));
        Assert.Equal(1 - Math.Sqrt(Math.Log(2)), report.Conditions[1].Countries[0].Mean, 12);
    }
}
