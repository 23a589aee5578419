using System.Text;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests;

/// <summary>The key goes to the endpoint and nowhere else: not stdout, not stderr, not any file the tool writes.</summary>
public sealed class SecretTests
{
    private const string Variable = "VALUEATLAS_TEST_SECRET";
    private const string Key = "sk-live-7f3a9c2e4b1d8f6a0e5c3b9d7a1f4e2c";

    private static readonly Dictionary<string, string> Environment = new() { [Variable] = Key };

    [Fact]
    public async Task Key_ReachesTheEndpointButNoOutputOrFile()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Status(429), FakeReply.Text("첫 답"));
        var outputs = new List<CliResult>();
        string[] Ask(string prompt) =>
            ["llm", "ask", "--endpoint", server.OpenAIBase.ToString(), "--model", "m", "--api-key-env", Variable, "--prompt", prompt, "--cache", dir.File("cache.sqlite"), "--logprobs", "2"];

        outputs.Add(await CliProcess.RunAsync(Ask("one"), Environment, dir.Path));
        outputs.Add(await CliProcess.RunAsync(Ask("one"), Environment, dir.Path));
        await File.WriteAllLinesAsync(dir.File("prompts.jsonl"), ["{\"id\": \"a\", \"prompt\": \"two\"}", "{\"id\": \"b\", \"prompt\": \"three\"}"]);
        outputs.Add(await CliProcess.RunAsync(
            ["llm", "batch", "--in", dir.File("prompts.jsonl"), "--out", dir.File("answers.jsonl"), "--endpoint", server.OpenAIBase.ToString(), "--model", "m", "--api-key-env", Variable, "--cache", dir.File("cache.sqlite")],
            Environment,
            dir.Path));

        Assert.All(outputs, o => Assert.True(o.ExitCode == 0, o.ToString()));
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + Key, r.Headers["Authorization"]));
        Assert.All(outputs, o => Assert.DoesNotContain(Key, o.Stdout + o.Stderr, StringComparison.Ordinal));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var files = Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("answers.jsonl", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Key)) < 0, $"{Path.GetFileName(file)} contains the key");
        }
    }

    [Fact]
    public async Task KeyEchoedInAnErrorBody_IsRedactedFromTheMessage()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.Status(401, body: $"{{\"error\":{{\"message\":\"Incorrect API key provided: {Key}\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}}}");

        var result = await CliProcess.RunAsync(
            ["llm", "ask", "--endpoint", server.OpenAIBase.ToString(), "--model", "m", "--api-key-env", Variable, "--prompt", "hi"], Environment);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("401", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("check the API key", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamedVariableNotSet_ExitsTwoNamingTheVariableNotAValue()
    {
        await using var server = await FakeLlmServer.StartAsync();

        var result = await CliProcess.RunAsync(["llm", "ask", "--endpoint", server.OpenAIBase.ToString(), "--model", "m", "--api-key-env", "NOT_SET_ANYWHERE_VAR", "--prompt", "hi"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NOT_SET_ANYWHERE_VAR", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
    }
}
