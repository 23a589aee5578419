using System.Diagnostics;
using System.Text.Json.Nodes;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests;

public sealed class GenerateTests
{
    private static string Config(FakeLlmServer server, string cache) => $"""
        model:
          provider: openai
          endpoint: {server.OpenAIBase}
          model: exaone-test
          max_concurrency: 4
          max_attempts: 2
          price: {"{"} input_per_million: 1.0, output_per_million: 2.0 {"}"}
        cache: {cache}
        countries: [KR]
        languages: [en]
        topics: {"{"} controversial: 2, uncontroversial: 3 {"}"}
        questions_per_topic: 4
        paraphrases: 2
        seed: 5
        """;

    private static readonly string[] Files = ["topics.jsonl", "items.jsonl", "dropped.jsonl", "quarantine.jsonl", "run.json"];

    [Fact]
    public async Task Generate_WritesArtifactsAndRerunCallsNothingAndWritesTheSameBytes()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = GenerationScript.Respond;
        var config = dir.Write("run.yaml", Config(server, "cache.sqlite"));

        var first = await CliProcess.RunAsync(["generate", "--config", config, "--out", dir.File("out")]);
        var requests = server.RequestCount;
        var data = Files.Where(f => f != "run.json").ToList();
        var bytes = data.Select(f => File.ReadAllBytes(dir.File("out/" + f))).ToList();
        var second = await CliProcess.RunAsync(["generate", "--config", config, "--out", dir.File("out")]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("cost 0.", first.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"generate: \d+/\d+ calls \(\d+%\)", first.Stderr);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(requests, server.RequestCount);
        Assert.Equal(bytes, data.Select(f => File.ReadAllBytes(dir.File("out/" + f))));
        var run = JsonNode.Parse(File.ReadAllText(dir.File("out/run.json")))!;

        // run.json describes the invocation that wrote it: the re-run's calls all came from the cache.
        Assert.All(run["steps"]!.AsObject(), s => Assert.Equal(s.Value!["calls"]!.GetValue<int>(), s.Value!["cache_hits"]!.GetValue<int>()));
        Assert.Equal(0m, run["totals"]!["cost"]!.GetValue<decimal>());
        Assert.Equal(2, run["steps"]!["topics"]!["calls"]!.GetValue<int>());
        Assert.Equal(1, run["steps"]!["questions"]!["quarantined"]!.GetValue<int>());
        Assert.Equal(4, run["items"]!["dropped_by_reason"]!["too_few_forms"]!.GetValue<int>());
        Assert.Equal("사형제", run["topic_overlaps"]![0]!.GetValue<string>());
        var items = File.ReadAllLines(dir.File("out/items.jsonl")).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(84, items.Count);
        Assert.Contains(items, i => i["language"]!.GetValue<string>() == "ko" && i["text"]!.GetValue<string>().Contains("질문", StringComparison.Ordinal));
        Assert.All(items, i => Assert.Matches("^[0-9a-f]{64}$", i["provenance"]!["prompt_sha256"]!.GetValue<string>()));
        Assert.Equal(5, File.ReadAllLines(dir.File("out/quarantine.jsonl")).Length);
    }

    [Fact]
    public async Task SigkillMidRun_RerunMatchesAnUninterruptedRunWithoutRepeatingCalls()
    {
        using var dir = new TempDirectory();
        await using var whole = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = TimeSpan.FromMilliseconds(5) });
        whole.Responder = GenerationScript.Respond;
        var reference = await CliProcess.RunAsync(["generate", "--config", dir.Write("whole.yaml", Config(whole, "whole.sqlite")), "--out", dir.File("whole")]);
        Assert.True(reference.ExitCode == 0, reference.ToString());

        await using var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = TimeSpan.FromMilliseconds(20) });
        server.Responder = GenerationScript.Respond;
        var config = dir.Write("run.yaml", Config(server, "cache.sqlite"));
        using (var process = Process.Start(CliProcess.StartInfo(["generate", "--config", config, "--out", dir.File("out")]))!)
        {
            process.StandardInput.Close();
            var deadline = Stopwatch.StartNew();
            while (server.RequestCount < whole.RequestCount / 2 && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(5);
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var beforeKill = server.RequestCount;
        Assert.True(beforeKill < whole.RequestCount, "the run finished before it could be killed");
        Assert.False(File.Exists(dir.File("out/items.jsonl")), "a killed run must not leave a partial items file");

        var committed = CommittedAnswers(dir.File("cache.sqlite"));
        var rerun = await CliProcess.RunAsync(["generate", "--config", config, "--out", dir.File("out")]);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        foreach (var file in Files.Where(f => f != "run.json"))
        {
            Assert.Equal(File.ReadAllLines(dir.File("whole/" + file)).Select(StripTimes), File.ReadAllLines(dir.File("out/" + file)).Select(StripTimes));
        }

        // Only calls whose answers were not committed at the kill may be sent twice. An answer is committed
        // after its concurrency slot is freed, so up to twice max_concurrency (4) can be in the air; a bound of
        // one max_concurrency failed on a loaded CI machine (85 requests against 80).
        Assert.True(committed > 0, "the run was killed before any answer was committed");
        Assert.True(server.RequestCount <= whole.RequestCount + 8, $"{server.RequestCount} requests against {whole.RequestCount} for an uninterrupted run");
    }

    /// <summary>Answers committed to the response cache (read before the rerun adds its own). Not read-only: the killed
    /// writer left a WAL, which only a writable connection can recover.</summary>
    private static int CommittedAnswers(string cache)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cache};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM answers";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task DryRun_PrintsThePlanAndCallsNothing()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        var config = dir.Write("run.yaml", Config(server, "cache.sqlite"));

        var result = await CliProcess.RunAsync(["generate", "--config", config, "--dry-run"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("options                    20", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("estimated cost", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task KoreaExample_DryRunPlansTheFullSizeRun()
    {
        var result = await CliProcess.RunAsync(["generate", "--config", RepoRoot.File("datasets", "runs", "korea.yaml"), "--dry-run"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("questions                  60", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("translation               300", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountryAddedToTheRegistryFile_CanBeGeneratedFor()
    {
        using var dir = new TempDirectory();
        var registry = File.ReadAllText(RepoRoot.File("datasets", "countries.yaml")) + """

              - alpha2: QS
                alpha3: QSC
                default_language: gd
                names: { gd: Alba, en: Scotland, ko: 스코틀랜드 }
            """;
        dir.Write("datasets/countries.yaml", registry);
        var config = dir.Write("run.yaml", """
            model: { provider: openai, endpoint: "http://127.0.0.1:1/v1", model: m }
            countries: [QS]
            topics: { controversial: 3, uncontroversial: 0 }
            """);

        var result = await CliProcess.RunAsync(["generate", "--config", config, "--dry-run"], workingDirectory: dir.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("questions                   3", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadGenerationKeys_ExitTwoWithPathsAndLines()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("run.yaml", """
            model: { provider: openai, endpoint: "http://127.0.0.1:1/v1", model: m }
            countries: [KR, XX]
            topics: { controversial: 0, uncontroversial: 0 }
            questions_per_topic: 0
            """);

        var result = await CliProcess.RunAsync(["generate", "--config", config, "--dry-run"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run.yaml:2", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("countries[1]: unknown country 'XX'; closest: XI (Northern Ireland), XK (Kosovo)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("topics: asks for no topics at all", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("questions_per_topic", result.Stderr, StringComparison.Ordinal);
    }

    // Two runs answered at different moments differ only in when each answer arrived.
    private static string StripTimes(string line) => System.Text.RegularExpressions.Regex.Replace(line, "\"created_at\":\"[^\"]*\"", "");
}
