using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

public sealed class AdapterTests
{
    [Fact]
    public async Task OpenAIChat_ReturnsTextUsageAndSendsBearerKey()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Text("서울은 한국의 수도입니다.", inputTokens: 12, outputTokens: 7));
        using var gateway = TestGateways.Create(server);

        var response = await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "한국의 수도는?")], new ChatOptions { Temperature = 0 });

        Assert.Equal("서울은 한국의 수도입니다.", response.Text);
        var info = response.GetCallInfo();
        Assert.Equal(12, info.InputTokens);
        Assert.Equal(7, info.OutputTokens);
        Assert.Equal(1, info.Attempts);
        Assert.False(info.Cached);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer " + TestGateways.Key, request.Headers["Authorization"]);
        Assert.Equal("한국의 수도는?", request.LastUserMessage);
    }

    [Fact]
    public async Task OpenAIChat_TopLogprobsComeBackPerPosition()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.WithLogprobs("A", [[("A", -0.1), ("B", -2.4), (" A", -3.0)]]));
        using var gateway = TestGateways.Create(server);

        var response = await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "A or B?")], new ChatOptions { MaxOutputTokens = 1 }.WithTopLogprobs(3));

        var position = Assert.Single(response.GetLogprobs());
        Assert.Equal("A", position.Token);
        Assert.Equal(["A", "B", " A"], position.Top.Select(t => t.Token));
        Assert.Equal(-2.4, position.Top[1].Logprob);
        var body = server.Requests[0].Json!;
        Assert.True(body["logprobs"]!.GetValue<bool>());
        Assert.Equal(3, body["top_logprobs"]!.GetValue<int>());
    }

    [Fact]
    public async Task OpenAIChat_SendsSamplingParametersAndNoGatewayInternals()
    {
        await using var server = await FakeLlmServer.StartAsync();
        using var gateway = TestGateways.Create(server);

        await gateway.Client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "짧게."), new ChatMessage(ChatRole.User, "네 또는 아니오?")],
            new ChatOptions { Temperature = 0.7f, TopP = 0.8f, MaxOutputTokens = 5, Seed = 42, StopSequences = ["\n"] }.WithTopLogprobs(4));

        var body = Assert.Single(server.Requests).Json!;
        Assert.Equal(0.7, body["temperature"]!.GetValue<double>(), 3);
        Assert.Equal(0.8, body["top_p"]!.GetValue<double>(), 3);
        Assert.Equal(5, (body["max_completion_tokens"] ?? body["max_tokens"])!.GetValue<int>());
        Assert.Equal(42, body["seed"]!.GetValue<int>());
        Assert.Equal("\n", body["stop"]![0]!.GetValue<string>());
        Assert.Equal("system", body["messages"]![0]!["role"]!.GetValue<string>());
        Assert.DoesNotContain("valueatlas", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAIChat_KeyEchoedInARejection_IsRedactedAndTyped()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.Status(401, body: $"{{\"error\":{{\"message\":\"Incorrect API key provided: {TestGateways.Key}\"}}}}");
        using var gateway = TestGateways.Create(server);

        var failure = await Assert.ThrowsAsync<LlmCallException>(() => gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal(LlmFailureKind.Rejected, failure.Kind);
        Assert.Equal(401, failure.Status);
        Assert.Equal(1, server.RequestCount);
        Assert.Contains("Incorrect API key provided: ***", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestGateways.Key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completions_SendsPromptAndParsesLogprobs()
    {
        await using var server = await FakeLlmServer.StartAsync();
        using var gateway = TestGateways.Create(server, provider: ProviderNames.OpenAICompletions);

        var response = await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "Question: yes or no?\nAnswer:")], new ChatOptions { MaxOutputTokens = 3 }.WithTopLogprobs(2));

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/completions", request.Path);
        Assert.Equal("Question: yes or no?\nAnswer:", request.Json!["prompt"]!.GetValue<string>());
        Assert.Equal(2, request.Json!["logprobs"]!.GetValue<int>());
        Assert.StartsWith("echo: ", response.Text, StringComparison.Ordinal);
        Assert.NotEmpty(response.GetLogprobs());
        Assert.All(response.GetLogprobs(), p => Assert.Equal(2, p.Top.Count));
        Assert.All(response.GetLogprobs(), p => Assert.True(p.Top[0].Logprob >= p.Top[1].Logprob));
    }

    [Fact]
    public async Task Anthropic_SendsSystemTemperatureAndBearer()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Text("네", inputTokens: 20, outputTokens: 1));
        using var gateway = TestGateways.Create(server, provider: ProviderNames.Anthropic);

        var response = await gateway.Client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "한국어로 답하세요."), new ChatMessage(ChatRole.User, "동의합니까?")],
            new ChatOptions { Temperature = 0.5f, TopP = 0.9f, MaxOutputTokens = 16 });

        Assert.Equal("네", response.Text);
        Assert.Equal(20, response.GetCallInfo().InputTokens);
        Assert.Equal(1, response.GetCallInfo().OutputTokens);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/messages", request.Path);
        Assert.Equal("Bearer " + TestGateways.Key, request.Headers["Authorization"]);
        Assert.Equal("한국어로 답하세요.", request.Json!["system"]!.GetValue<string>());
        Assert.Equal(0.5, request.Json!["temperature"]!.GetValue<double>(), 3);
        Assert.Equal(0.9, request.Json!["top_p"]!.GetValue<double>(), 3);
        Assert.Equal(16, request.Json!["max_tokens"]!.GetValue<int>());
    }

    [Fact]
    public async Task Anthropic_RateLimitIsRetriedHonouringRetryAfter()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Status(429, retryAfter: TimeSpan.FromSeconds(1)), FakeReply.Text("ok"));
        using var gateway = TestGateways.Create(server, provider: ProviderNames.Anthropic);

        var response = await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, response.GetCallInfo().Attempts);
        var gap = server.Requests[1].ReceivedAt - server.Requests[0].ReceivedAt;
        Assert.True(gap >= TimeSpan.FromMilliseconds(950), $"retried after {gap.TotalMilliseconds} ms, Retry-After said 1 s");
    }
}
