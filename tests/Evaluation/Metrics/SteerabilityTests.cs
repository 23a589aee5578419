using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Metrics;
using static ValueAtlas.Evaluation.Tests.Metrics.MetricAnswers;

namespace ValueAtlas.Evaluation.Tests.Metrics;

public sealed class SteerabilityTests
{
    /// <summary>One portrait asked 13 ways; <paramref name="supports"/> gives p(supports) per steering (others get 0.5).</summary>
    private static IEnumerable<AnswerDistribution> Portrait(string item, string value, double none, Dictionary<string, double> supports, string model = "m") =>
        PvqSteering.Steerings.Select(s =>
        {
            var p = s is null ? none : supports.GetValueOrDefault(s, 0.5);
            return Answer(item, p, 1 - p, kind: "pvq", steer: s, topicEn: value, model: model);
        });

    [Fact]
    public void Rank_CountsSteeringsWithASmallerMeanDistance()
    {
        // s* = supports (0.9 unsteered). Power's own steering keeps it at 0.9 (distance 0), the others 0.5 (0.4),
        // "tradition" 0.95 (−0.05): one steering below power's own.
        var answers = Portrait("p1", "Power", 0.9, new() { ["power"] = 0.9, ["tradition"] = 0.95 }).ToList();

        var score = Assert.Single(Steerability.Compute(answers).Scores);

        Assert.Equal(("power", 1, 1), (score.Value, score.Portraits, score.Rank));
        Assert.Equal(0, score.MeanDistances["power"], 12);
        Assert.Equal(-0.05, score.MeanDistances["tradition"], 12);
        Assert.Equal(0.4, score.MeanDistances["value"], 12);
        Assert.Equal(12, score.MeanDistances.Count);
    }

    [Fact]
    public void MeanDistances_AverageOverTheValuesPortraits_WithSStarPerPortrait()
    {
        // Portrait 2's unsteered answer favours opposes (0.2 supports): s* = opposes, so distance = 0.8 − p(opposes | s).
        var answers = Portrait("p1", "security", 0.9, new() { ["security"] = 0.1 })
            .Concat(Portrait("p2", "security", 0.2, new() { ["security"] = 0.2 })).ToList();

        var score = Assert.Single(Steerability.Compute(answers).Scores);

        Assert.Equal(2, score.Portraits);
        Assert.Equal((0.8 + 0.0) / 2, score.MeanDistances["security"], 12);
        Assert.Equal((0.4 + 0.3) / 2, score.MeanDistances["power"], 12);
        Assert.Equal(11, score.Rank);
    }

    [Fact]
    public void Portraits_MissingASteeringOrTheUnsteeredAnswer_AreSkipped()
    {
        var missingOne = Portrait("p1", "power", 0.9, []).Where(a => a.SteerValue != "hedonism");
        var noneMissing = Portrait("p2", "power", 0.9, []).Where(a => a.SteerValue is not null);
        var otherKind = Answer("x", 1, 0);

        var report = Steerability.Compute([.. missingOne, .. noneMissing, otherKind]);

        Assert.Empty(report.Scores);
        Assert.Equal(2, report.SkippedPortraits);
    }

    [Fact]
    public void Scores_AreKeptApartPerModel()
    {
        var answers = Portrait("p1", "power", 0.9, [], model: "a").Concat(Portrait("p1", "power", 0.9, new() { ["power"] = 0.1 }, model: "b")).ToList();

        var scores = Steerability.Compute(answers).Scores;

        Assert.Equal([("a", 0), ("b", 11)], scores.Select(s => (s.Condition.Model, s.Rank)));
    }
}
