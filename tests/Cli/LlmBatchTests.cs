using System.Diagnostics;
using System.Text.Json.Nodes;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests;

public sealed class LlmBatchTests
{
    private static string[] Batch(FakeLlmServer server, TempDirectory dir, params string[] more) =>
        ["llm", "batch", "--in", dir.File("prompts.jsonl"), "--endpoint", server.OpenAIBase.ToString(), "--model", "m", "--cache", dir.File("cache.sqlite"), .. more];

    private static async Task WritePrompts(TempDirectory dir, int count) =>
        await File.WriteAllLinesAsync(dir.File("prompts.jsonl"), Enumerable.Range(0, count).Select(i => $"{{\"id\": \"p{i}\", \"prompt\": \"질문 {i}: 동의합니까?\"}}"));

    [Fact]
    public async Task SigkillMidBatch_RerunPaysForNoAnswerThatHadReturned()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = TimeSpan.FromMilliseconds(5) });
        await WritePrompts(dir, 1000);

        // First run: read answers as they are printed and SIGKILL the process part-way through.
        var printed = new HashSet<string>();
        using (var process = Process.Start(CliProcess.StartInfo(Batch(server, dir, "--concurrency", "8")))!)
        {
            process.StandardInput.Close();
            _ = process.StandardError.ReadToEndAsync();
            while (printed.Count < 400 && await process.StandardOutput.ReadLineAsync() is { } line)
            {
                printed.Add(JsonNode.Parse(line)!["id"]!.GetValue<string>());
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal(400, printed.Count);
        var sentBeforeKill = server.Requests.Select(r => r.LastUserMessage!).ToHashSet();
        var firstRunRequests = server.RequestCount;
        Assert.True(firstRunRequests < 1000, $"the batch finished ({firstRunRequests} requests) before it could be killed");

        var rerun = await CliProcess.RunAsync(Batch(server, dir, "--concurrency", "8", "--out", dir.File("answers.jsonl")));

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var secondRun = server.Requests.Skip(firstRunRequests).Select(r => r.LastUserMessage!).ToList();
        var printedPrompts = printed.Select(id => $"질문 {id[1..]}: 동의합니까?").ToHashSet();
        Assert.DoesNotContain(secondRun, printedPrompts.Contains);
        Assert.Equal(secondRun.Count, secondRun.Distinct().Count());
        Assert.Equal(1000, File.ReadAllLines(dir.File("answers.jsonl")).Length);
        Assert.Equal(1000, sentBeforeKill.Union(secondRun).Count());
        var lines = rerun.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(1000, lines.Count);
        Assert.All(lines.Where(l => printed.Contains(l["id"]!.GetValue<string>())), l => Assert.True(l["cached"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Batch_WritesAnswersInInputOrderAndSummarises()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        await WritePrompts(dir, 50);

        var result = await CliProcess.RunAsync(Batch(server, dir, "--out", dir.File("answers.jsonl")));

        Assert.True(result.ExitCode == 0, result.ToString());
        var ids = File.ReadAllLines(dir.File("answers.jsonl")).Select(l => JsonNode.Parse(l)!["id"]!.GetValue<string>());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"p{i}"), ids);
        Assert.Contains("50 prompts: 0 from cache, 50 sent", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("batch: 50/50 calls (100%)", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(dir.Path), f => f.Contains(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Batch_FailedPromptsAreLinesWithTheReasonAndExitThree()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = r => r.LastUserMessage!.Contains("질문 3:", StringComparison.Ordinal) ? FakeReply.Status(400) : null;
        await WritePrompts(dir, 5);

        var result = await CliProcess.RunAsync(Batch(server, dir));

        Assert.Equal(3, result.ExitCode);
        var failed = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).Single(l => l["error"] is not null);
        Assert.Equal("p3", failed["id"]!.GetValue<string>());
        Assert.Equal(400, failed["error"]!["status"]!.GetValue<int>());
        Assert.Contains("1 failed", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_BadLines_ExitTwoWithFileAndLineBeforeAnyCall()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        await File.WriteAllLinesAsync(dir.File("prompts.jsonl"), ["{\"id\": \"a\", \"prompt\": \"ok\"}", "{\"id\": \"b\", \"prompt\": ", "{\"id\": \"c\"}"]);

        var result = await CliProcess.RunAsync(Batch(server, dir));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("prompts.jsonl:2:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("prompts.jsonl:3:", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
    }
}
