using System.Text.Json.Nodes;

namespace ValueAtlas.Cli.Tests.Metrics;

/// <summary>
/// <c>metrics consistency</c> over the imported ValueConsistency items (8,005, in four languages) with seeded synthetic
/// mc and open answers of two models, in a table without the multilingual key, which <c>--items</c> supplies.
/// </summary>
public sealed class ConsistencyEndToEndTests(MetricsInputsFixture inputs) : IClassFixture<MetricsInputsFixture>, IDisposable
{
    private static readonly string[] Measures = ["paraphrase", "topic", "use_case", "multilingual"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<string> TableAsync()
    {
        await SyntheticDistributions.WriteAsync(inputs.Items, _dir.Path, ["m1", "m2"], seed: 11);
        return _dir.File("distributions.parquet");
    }

    [Fact]
    public async Task ImportedItems_WithItems_ScoreAllFourMeasures_MeansInsideTheirIntervals()
    {
        var table = await TableAsync();

        var result = await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table, "--items", inputs.Items, "--json", "--resamples", "999", "--by", ""]);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var measure in Measures)
        {
            var score = result.Json[measure]!;
            var mean = (double)score["mean"]!;
            var ci = score["ci95"]!.AsArray().Select(v => (double)v!).ToArray();
            Assert.True(ci[0] <= mean && mean <= ci[1], $"{measure}: {ci[0]} ≤ {mean} ≤ {ci[1]}");
            Assert.True(mean > 0 && mean < 0.5645, $"{measure}: {mean} between 0 and the 3-option random bound");
            Assert.True((int)score["groups"]! > 0, measure);
        }

        // The imported translations carry text_en, so --items aligns their forms across languages.
        Assert.True((int)result.Json["multilingual"]!["members"]! > 1000, result.Json["multilingual"]!.ToJsonString());
        Assert.Equal(0, (int)result.Json["ignored_answers"]!);
    }

    [Fact]
    public async Task ImportedItems_WithoutItems_LeaveMultilingualEmpty_AndSaySo()
    {
        var table = await TableAsync();

        var result = await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table, "--json", "--resamples", "99", "--by", ""]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Null(result.Json["multilingual"]!["mean"]);
        Assert.Equal(0, (int)result.Json["multilingual"]!["groups"]!);
        Assert.NotNull(result.Json["paraphrase"]!["mean"]);
        Assert.Contains("32020 mc/open answers have no multilingual key", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportedItems_ByModelKindLanguageAndControversial_GiveCellsOfEveryCombination()
    {
        var table = await TableAsync();

        var result = await CliProcess.RunAsync(
            ["metrics", "consistency", "--distributions", table, "--items", inputs.Items, "--json", "--resamples", "199", "--by", "model,prompt_kind,language,controversial"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var paraphrase = Cells(result.Json, "paraphrase");
        Assert.Equal(["m1", "m2"], paraphrase.Select(k => k["model"]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["mc", "open"], paraphrase.Select(k => k["prompt_kind"]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["false", "true"], paraphrase.Select(k => k["controversial"]).Distinct().Order(StringComparer.Ordinal));
        Assert.True(paraphrase.Select(k => k["language"]).Distinct().Count() >= 4, string.Join(", ", paraphrase.Select(k => k["language"]).Distinct()));
        Assert.All(Cells(result.Json, "use_case"), k => Assert.Equal("mc+open", k["prompt_kind"]));
        Assert.Contains(Cells(result.Json, "multilingual"), k => k["language"]!.Contains('+', StringComparison.Ordinal));
        Assert.Equal(paraphrase.OrderBy(k => string.Join('\u001f', k.Values), StringComparer.Ordinal).ToList(), paraphrase);
    }

    private static List<Dictionary<string, string?>> Cells(JsonNode json, string measure) =>
        [.. json[measure]!["breakdown"]!.AsArray().Select(c => c!["keys"]!.AsObject().ToDictionary(p => p.Key, p => (string?)p.Value))];
}
