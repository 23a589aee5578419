using System.Globalization;
using System.Text.Json.Nodes;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests.Evaluate;

public sealed class EvaluateTests(EvaluateInputsFixture inputs) : IClassFixture<EvaluateInputsFixture>
{
    private static readonly string[] RunNames = ["vc-mc", "vc-mc-kr-persona", "vc-open", "goqa-dp", "goqa-cp-kr", "wvs-lp-ko", "wvs-cp-ko", "pvq-en"];

    [Fact]
    public async Task ExampleConfig_WritesEveryKindFollowingTheOptions_AndRerunCallsNothing()
    {
        using var dir = new TempDirectory();
        await using var main = await FakeLlmServer.StartAsync();
        await using var replica = await FakeLlmServer.StartAsync();
        main.Responder = LetterScript.Respond;
        replica.Responder = LetterScript.Respond;
        var config = dir.Write("eval.yaml", ExampleConfig.Text(inputs, main, replica, limit: 13));
        string[] args = ["evaluate", "--config", config, "--out", dir.File("out"), "--format", "csv"];

        var first = await CliProcess.RunAsync(args, ExampleConfig.Environment);
        Assert.True(first.ExitCode == 0, first.ToString());
        var sent = main.RequestCount + replica.RequestCount;
        var distributions = TableCsv.Read(dir.File("out/distributions.csv"));
        var bytes = File.ReadAllBytes(dir.File("out/distributions.parquet"));

        Assert.Equal(RunNames.Order(), distributions.Select(d => d["run"]!).Distinct().Order());
        Assert.Equal(["exaone", "llama3-base", "llama3-ko"], distributions.Select(d => d["model"]!).Distinct().Order());

        // In every probe, whatever the orders, the option the fake prefers carries 0.7: letters were mapped back.
        foreach (var probe in distributions.GroupBy(d => (d["model"], d["run"], d["language"], d["item_id"], d["prompt_country"], d["steer_value"])))
        {
            var preferred = probe.OrderBy(d => d["option_text"], StringComparer.Ordinal).First();
            // Six places: chat log-probabilities travel as float32 through the OpenAI SDK.
            Assert.Equal(LetterScript.Preferred, double.Parse(preferred["probability"]!, CultureInfo.InvariantCulture), 6);
            Assert.Equal(1.0, probe.Sum(d => double.Parse(d["probability"]!, CultureInfo.InvariantCulture)), 9);
        }

        // mc items were asked in two orders each; the judge saw the open paragraph; PVQ's first portrait in 13 steerings.
        Assert.All(distributions.Where(d => d["run"] == "vc-mc"), d => Assert.Equal("2", d["n_queries"]));
        Assert.All(distributions.Where(d => d["run"] == "vc-open"), d => Assert.Equal(("judge", "judge"), (d["method"], d["judge_model"])));
        Assert.Equal(3, distributions.Where(d => d["run"] == "vc-open").Select(d => d["option_index"]).Distinct().Count());
        var pvq = distributions.Where(d => d["run"] == "pvq-en" && d["model"] == "exaone").ToList();
        Assert.Equal(13, pvq.Select(d => d["steer_value"] ?? "").Distinct().Count());
        Assert.Contains(pvq, d => d["steer_value"] == "self-direction");
        Assert.All(distributions.Where(d => d["run"] == "goqa-cp-kr"), d => Assert.Contains(d["prompt_country"], new[] { "KR", "US" }));

        var requests = main.Requests.Concat(replica.Requests).Select(r => r.LastUserMessage ?? "").ToList();
        Assert.Contains(requests, r => r.Contains("한국 사람이라면", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Contains(LetterScript.Paragraph, StringComparison.Ordinal));
        Assert.Contains(main.Requests, r => r.Path.EndsWith("/completions", StringComparison.Ordinal) && !r.Path.Contains("chat", StringComparison.Ordinal));
        Assert.Contains(main.Requests.Concat(replica.Requests), r => r.Json!["messages"]?.AsArray().Any(m => m!["role"]!.GetValue<string>() == "system") == true);
        Assert.True(replica.RequestCount > 0, "the second replica of llama3-ko got no call");

        var summary = JsonNode.Parse(File.ReadAllText(dir.File("out/evaluate.json")))!;
        Assert.Equal(RunNames.Length, summary["runs"]!.AsArray().Count);
        Assert.All(summary["models"]!.AsArray(), m => Assert.Equal(0, m!["failed_queries"]!.GetValue<int>()));
        Assert.Contains(summary["prompt_templates"]!.AsArray(), t => t!.GetValue<string>().StartsWith("goqa-lp.ko@", StringComparison.Ordinal));

        var second = await CliProcess.RunAsync(args, ExampleConfig.Environment);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(sent, main.RequestCount + replica.RequestCount);
        Assert.Equal(bytes, File.ReadAllBytes(dir.File("out/distributions.parquet")));
    }

    [Fact]
    public async Task DryRun_PrintsCallsPerModelAndRun_AndCallsNothing()
    {
        using var dir = new TempDirectory();
        await using var main = await FakeLlmServer.StartAsync();
        await using var replica = await FakeLlmServer.StartAsync();
        var config = dir.Write("eval.yaml", ExampleConfig.Text(inputs, main, replica));

        var result = await CliProcess.RunAsync(["evaluate", "--config", config, "--dry-run"], ExampleConfig.Environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0, main.RequestCount + replica.RequestCount);
        Assert.Contains("vc-mc", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^judge\s+vc-open\s+judge", result.Stdout);
        Assert.Matches(@"total: \d+ calls", result.Stdout);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public async Task UnknownModelAndMissingInput_AreExit2NamingTheYamlPaths()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("eval.yaml", $"""
            models:
              m: {"{"} provider: openai, endpoint: http://127.0.0.1:9/v1, model: x {"}"}
            evaluation:
              models: [m, nosuch]
              runs:
                - kind: mc
                  input: missing.jsonl
                - kind: goqa-cp
                  input: {inputs.Goqa}
            """);

        var result = await CliProcess.RunAsync(["evaluate", "--config", config]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("evaluation.runs[0].input", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing.jsonl does not exist", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("evaluation.runs[1].countries", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownModelName_IsExit2AtItsLine()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("eval.yaml", $"""
            models:
              m: {"{"} provider: openai, endpoint: http://127.0.0.1:9/v1, model: x {"}"}
            evaluation:
              models: [m, nosuch]
              runs:
                - kind: mc
                  input: {inputs.Items}
            """);

        var result = await CliProcess.RunAsync(["evaluate", "--config", config]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(":4:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("evaluation.models[1]", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("no model 'nosuch'", result.Stderr, StringComparison.Ordinal);
    }
}
