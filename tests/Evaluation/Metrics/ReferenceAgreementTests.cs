using System.Globalization;
using System.Text.Json;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

/// <summary>
/// The metrics against the independent Python reference (tools/metrics-reference, numpy and scipy) on the same
/// inputs: synthetic answers to the imported public items and GlobalOpinionQA's country distributions. Every mean,
/// value and count to 1e-9; CI ends within 0.005, since our stream (xoshiro256**) is not numpy's. Fewer resamples
/// than the default keep the reference's run short; the CIs still agree at that tolerance on cells of this size.
/// </summary>
public sealed class ReferenceAgreementTests
{
    // Debian's python, where python3-scipy is installed; a python first on PATH (pyenv, venv) may lack scipy.
    private const string Python = "/usr/bin/python3";
    private const int Resamples = 1_999;

    private static async Task<JsonDocument> Reference(TempDirectory dir, params string[] arguments)
    {
        var output = await ExternalTool.RunAsync(Python, dir.Path, [RepoRoot.File("tools", "metrics-reference", "reference.py"), .. arguments]);
        return JsonDocument.Parse(output);
    }

    // The reference needs about a minute for two models on a loaded 2-core machine (its centroids are Python loops),
    // so the second case runs one.
    [Theory]
    [InlineData("model,prompt_kind,language", "e", 2)]
    [InlineData("controversial,country", "2", 1)]
    public async Task Consistency_EqualsTheReference_OnTheImportedItems(string by, string logBase, int models)
    {
        using var dir = new TempDirectory();
        var answers = await SyntheticAnswers.ValueConsistencyAsync(RepoRoot.Path, new[] { "model-a", "model-b" }[..models], 11, CancellationToken.None);
        var path = Path.Combine(dir.Path, "distributions.jsonl");
        DistributionsJsonl.WriteAnswers(path, answers);
        var options = new ConsistencyOptions { By = by.Split(','), Resamples = Resamples, Seed = 3, LogBase = logBase == "2" ? LogBase.Two : LogBase.E };

        var ours = Consistency.Compute(answers, options);
        using var theirs = await Reference(dir, "consistency", "--distributions", path, "--by", by, "--log-base", logBase,
            "--resamples", Resamples.ToString(CultureInfo.InvariantCulture), "--seed", "3");

        var comparison = new ReferenceComparison();
        comparison.Consistency(ours, theirs.RootElement);
        Assert.Empty(comparison.Problems);
        Assert.True(ours.Multilingual.Overall!.Groups > 1_000, "the multilingual key links the imported languages");
        Assert.True(comparison.Compared > 100);
    }

    [Fact]
    public async Task Steerability_EqualsTheReference_OnThePvqPortraits()
    {
        using var dir = new TempDirectory();
        var answers = await SyntheticAnswers.PvqAsync(RepoRoot.Path, ["model-a", "model-b"], 5, CancellationToken.None);
        var path = Path.Combine(dir.Path, "distributions.jsonl");
        DistributionsJsonl.WriteAnswers(path, answers);

        var ours = Steerability.Compute(answers);
        using var theirs = await Reference(dir, "steerability", "--distributions", path);

        var comparison = new ReferenceComparison();
        comparison.Steerability(ours, theirs.RootElement);
        Assert.Empty(comparison.Problems);
        Assert.Equal(0, ours.SkippedPortraits);
        Assert.Equal(2 * 3 * 10, ours.Scores.Count); // two models, three languages, the ten values PVQ-21 has portraits for
    }

    [Theory]
    [InlineData("js-distance", SimilarityMeasure.JsDistance)]
    [InlineData("js-divergence", SimilarityMeasure.JsDivergence)]
    [InlineData("wasserstein", SimilarityMeasure.Wasserstein)]
    public async Task Similarity_EqualsTheReference_OnGlobalOpinionQa(string name, SimilarityMeasure measure)
    {
        using var dir = new TempDirectory();
        var human = SyntheticSurveys.GlobalOpinionQa(RepoRoot.Path);
        var copied = human[0].Country!;
        var copy = new AnswerCondition("copy", "goqa-dp", "en", null, null);
        var model = SyntheticSurveys.Models(human, 2, 9);
        model.AddRange(human.Where(h => h.Country == copied).Select(h => h with { Country = null, Condition = copy }));
        var modelPath = Path.Combine(dir.Path, "model.jsonl");
        var humanPath = Path.Combine(dir.Path, "human.jsonl");
        DistributionsJsonl.WriteSurvey(modelPath, model, human: false);
        DistributionsJsonl.WriteSurvey(humanPath, human, human: true);
        // A country has about 35 questions here: wide intervals, so the full 9,999 resamples keep the Monte Carlo
        // error of the ends well under the tolerance (the reference takes seconds for this).
        var options = new SimilarityOptions { Measure = measure, Resamples = 9_999, Seed = 1 };

        var ours = Similarity.Compute(model, human, options);
        using var theirs = await Reference(dir, "similarity", "--model", modelPath, "--human", humanPath, "--measure", name,
            "--resamples", "9999", "--seed", "1");

        var comparison = new ReferenceComparison();
        comparison.Similarity(ours, theirs.RootElement);
        Assert.True(comparison.Problems.Count == 0, comparison.Summary() + "\n" + string.Join("\n", comparison.Problems));
        var itself = ours.Conditions.Single(c => c.Condition == copy).Countries[0];
        Assert.Equal((copied, 1), (itself.Country, itself.Rank));
        Assert.Equal(1, itself.Mean, 12);
    }
}
