using System.Diagnostics;
using System.Text.Json.Nodes;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests.Evaluate;

public sealed class EvaluateResumeTests(EvaluateInputsFixture inputs) : IClassFixture<EvaluateInputsFixture>
{
    private const int MaxConcurrency = 4;

    [Fact]
    public async Task SigkillMidRun_RerunMatchesAnUninterruptedRunWithoutPayingTwice()
    {
        using var dir = new TempDirectory();
        await using var whole = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = TimeSpan.FromMilliseconds(5) });
        whole.Responder = LetterScript.Respond;
        var reference = await CliProcess.RunAsync(["evaluate", "--config", dir.Write("whole.yaml", Config(whole, "whole.sqlite")), "--out", dir.File("whole"), "--format", "csv"]);
        Assert.True(reference.ExitCode == 0, reference.ToString());

        await using var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = TimeSpan.FromMilliseconds(20) });
        server.Responder = LetterScript.Respond;
        string[] args = ["evaluate", "--config", dir.Write("run.yaml", Config(server, "cache.sqlite")), "--out", dir.File("out"), "--format", "csv"];
        using (var process = Process.Start(CliProcess.StartInfo(args))!)
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
        Assert.True(beforeKill > 0 && beforeKill < whole.RequestCount, $"killed after {beforeKill} of {whole.RequestCount} requests");
        Assert.False(Directory.Exists(dir.File("out")), "a killed run must leave no partial output");

        var rerun = await CliProcess.RunAsync(args);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(File.ReadAllText(dir.File("whole/distributions.csv")), File.ReadAllText(dir.File("out/distributions.csv")));
        Assert.Equal(File.ReadAllText(dir.File("whole/answer_options.csv")), File.ReadAllText(dir.File("out/answer_options.csv")));

        // answers too, but for what says how this run got each answer: its latency and whether the cache gave it.
        string[] perRun = ["latency_ms", "cached", "cache_hits"];
        static IEnumerable<string> Stable(List<Dictionary<string, string?>> rows, string[] skip) =>
            rows.Select(r => string.Join("|", r.Where(c => !skip.Contains(c.Key)).Select(c => $"{c.Key}={c.Value}")));
        Assert.Equal(Stable(TableCsv.Read(dir.File("whole/answers.csv")), perRun), Stable(TableCsv.Read(dir.File("out/answers.csv")), perRun));

        // Every query was asked, and only calls in the air at the kill (their answers not yet in the cache) twice.
        Assert.Equal(whole.Requests.Select(r => r.Body).Distinct().Count(), server.Requests.Select(r => r.Body).Distinct().Count());
        Assert.True(server.RequestCount <= whole.RequestCount + (2 * MaxConcurrency), $"{server.RequestCount} requests against {whole.RequestCount} for an uninterrupted run");
    }

    [Fact]
    public async Task TwoEndpointsOneFailing_EveryQueryAnsweredByTheOther_AndTheFailingOneRested()
    {
        using var dir = new TempDirectory();
        await using var good = await FakeLlmServer.StartAsync();
        await using var bad = await FakeLlmServer.StartAsync();
        good.Responder = LetterScript.Respond;
        bad.Responder = _ => FakeReply.Status(503, body: "overloaded");
        var config = dir.Write("run.yaml", $"""
            cache: cache.sqlite
            models:
              m:
                provider: openai
                endpoints: [{bad.OpenAIBase}, {good.OpenAIBase}]
                model: replicated
                max_concurrency: {MaxConcurrency}
            evaluation:
              models: [m]
              runs:
                - kind: mc
                  input: {inputs.Items}
                  countries: [KR, JP]
                  limit: 12
                  orderings: 2
            """);

        var result = await CliProcess.RunAsync(["evaluate", "--config", config, "--out", dir.File("out")]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var summary = JsonNode.Parse(File.ReadAllText(dir.File("out/evaluate.json")))!;
        Assert.Equal(24, summary["models"]![0]!["queries"]!.GetValue<int>());
        Assert.Equal(0, summary["models"]![0]!["failed_queries"]!.GetValue<int>());
        var replicas = summary["replicas"]!.AsArray();
        var failing = replicas.Single(r => r!["endpoint"]!.GetValue<string>().StartsWith(bad.OpenAIBase.ToString(), StringComparison.Ordinal))!;
        Assert.True(failing["rests"]!.GetValue<int>() >= 1, summary.ToJsonString());
        Assert.Equal(failing["calls"]!.GetValue<long>(), failing["failures"]!.GetValue<long>());
        Assert.True(good.RequestCount >= 24, $"{good.RequestCount} requests reached the healthy replica");
    }

    private string Config(FakeLlmServer server, string cache) => $"""
        cache: {cache}
        seed: 3
        models:
          m: {"{"} provider: openai, endpoint: {server.OpenAIBase}, model: fake, max_concurrency: {MaxConcurrency} {"}"}
        evaluation:
          models: [m]
          runs:
            - kind: mc
              input: {inputs.Items}
              countries: [KR, US]
              limit: 40
              orderings: 2
        """;
}
