using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests;

public sealed class LlmAskTests
{
    private static string[] Ask(FakeLlmServer server, params string[] more) =>
        ["llm", "ask", "--endpoint", server.OpenAIBase.ToString(), "--model", "exaone-3.5-32b", .. more];

    [Fact]
    public async Task Help_ListsTheCommandsAndExitCodes()
    {
        var root = await CliProcess.RunAsync(["--help"]);
        var ask = await CliProcess.RunAsync(["llm", "ask", "--help"]);

        Assert.Equal(0, root.ExitCode);
        Assert.Contains("llm", root.Stdout, StringComparison.Ordinal);
        Assert.Contains("--logprobs", ask.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 the endpoint failed", ask.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_PrintsOneJsonObjectWithTextUsageAndAttempts()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Text("네, 동의합니다.", inputTokens: 9, outputTokens: 4));

        var result = await CliProcess.RunAsync(Ask(server, "--prompt", "동의합니까?", "--system", "한국어로 답하세요.", "--temperature", "0", "--max-tokens", "32"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json;
        Assert.Equal("네, 동의합니다.", json["text"]!.GetValue<string>());
        Assert.Equal(9, json["usage"]!["input"]!.GetValue<int>());
        Assert.Equal(4, json["usage"]!["output"]!.GetValue<int>());
        Assert.False(json["cached"]!.GetValue<bool>());
        Assert.Equal(1, json["attempts"]!.GetValue<int>());
        Assert.True(json["latency_ms"]!.GetValue<double>() >= 0);
        Assert.Contains("네, 동의합니다.", result.Stdout, StringComparison.Ordinal);
        var body = server.Requests[0].Json!;
        Assert.Equal("exaone-3.5-32b", body["model"]!.GetValue<string>());
        Assert.Equal(32, body["max_tokens"]?.GetValue<int>() ?? body["max_completion_tokens"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ask_WithLogprobs_PrintsTopAlternativesPerPosition()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.WithLogprobs("A", [[("A", -0.05), ("B", -3.1), ("C", -4.2)]]));

        var result = await CliProcess.RunAsync(Ask(server, "--prompt", "A, B or C?", "--logprobs", "3"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var position = result.Json["logprobs"]!.AsArray().Single()!.AsArray();
        Assert.Equal(["A", "B", "C"], position.Select(p => p!["token"]!.GetValue<string>()));
        Assert.Equal("-3.1", position[1]!["logprob"]!.ToJsonString());
    }

    [Fact]
    public async Task Ask_SecondTimeWithTheSameCache_IsCachedAndSendsNothing()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        var args = Ask(server, "--prompt", "사형제에 찬성합니까?", "--cache", dir.File("cache.sqlite"));

        var first = await CliProcess.RunAsync(args);
        var second = await CliProcess.RunAsync(args);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.False(first.Json["cached"]!.GetValue<bool>());
        Assert.True(second.Json["cached"]!.GetValue<bool>());
        Assert.Equal(first.Json["text"]!.GetValue<string>(), second.Json["text"]!.GetValue<string>());
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task Ask_RetriesA429HonouringRetryAfter()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Status(429, retryAfter: TimeSpan.FromSeconds(1)), FakeReply.Text("ok"));

        var result = await CliProcess.RunAsync(Ask(server, "--prompt", "hi"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, result.Json["attempts"]!.GetValue<int>());
        Assert.True(server.Requests[1].ReceivedAt - server.Requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Ask_EndpointThatStaysDown_ExitsThreeWithAClearMessage()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.Status(503);

        var result = await CliProcess.RunAsync(Ask(server, "--prompt", "hi", "--max-attempts", "2"));

        Assert.Equal(3, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains("failed after 2 attempt(s)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("503", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Ask_NothingListening_ExitsThreeAndSaysToCheckTheServer()
    {
        int port;
        await using (var server = await FakeLlmServer.StartAsync())
        {
            port = server.BaseUri.Port;
        }

        var result = await CliProcess.RunAsync(["llm", "ask", "--endpoint", $"http://127.0.0.1:{port}/v1", "--model", "m", "--prompt", "hi", "--max-attempts", "1"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("is the server running", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithoutEndpoint_ExitsTwoNamingTheVariable()
    {
        var result = await CliProcess.RunAsync(["llm", "ask", "--prompt", "hi"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("VALUEATLAS_ENDPOINT", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_EndpointAndModelFromTheEnvironment()
    {
        await using var server = await FakeLlmServer.StartAsync();

        var result = await CliProcess.RunAsync(
            ["llm", "ask", "--prompt", "hi"],
            new Dictionary<string, string> { ["VALUEATLAS_ENDPOINT"] = server.OpenAIBase.ToString(), ["VALUEATLAS_MODEL"] = "env-model" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("env-model", server.Requests[0].Model);
    }

    [Fact]
    public async Task Ask_BadOptionValues_ExitTwo()
    {
        await using var server = await FakeLlmServer.StartAsync();

        var temperature = await CliProcess.RunAsync(Ask(server, "--prompt", "hi", "--temperature", "7"));
        var provider = await CliProcess.RunAsync(Ask(server, "--prompt", "hi", "--provider", "gemini"));
        var schema = await CliProcess.RunAsync(Ask(server, "--prompt", "hi", "--json-schema", "/nonexistent/schema.json"));

        Assert.Equal(2, temperature.ExitCode);
        Assert.Contains("--temperature", temperature.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, provider.ExitCode);
        Assert.Contains("gemini", provider.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, schema.ExitCode);
        Assert.Contains("schema.json", schema.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task Ask_WithJsonSchema_SendsItAndPrintsTheParsedJson()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        var schema = dir.File("stance.json");
        await File.WriteAllTextAsync(schema, """
            {"title": "stance", "type": "object", "required": ["stance"], "properties": {"stance": {"type": "string", "enum": ["supports", "opposes"]}}}
            """);

        var result = await CliProcess.RunAsync(Ask(server, "--prompt", "Stance?", "--json-schema", schema));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("supports", result.Json["json"]!["stance"]!.GetValue<string>());
        Assert.Equal("stance", server.Requests[0].Json!["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ask_AgainstStandaloneStyleAnthropicServer_Works()
    {
        await using var server = await FakeLlmServer.StartAsync();

        var result = await CliProcess.RunAsync(
            ["llm", "ask", "--provider", "anthropic", "--endpoint", server.BaseUri.ToString(), "--model", "claude-x", "--api-key-env", "MY_ANTHROPIC_KEY", "--prompt", "안녕하세요"],
            new Dictionary<string, string> { ["MY_ANTHROPIC_KEY"] = "sk-ant-test-key-0000000000" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("echo: 안녕하세요", result.Json["text"]!.GetValue<string>());
        Assert.Equal("Bearer sk-ant-test-key-0000000000", server.Requests[0].Headers["Authorization"]);
    }
}
