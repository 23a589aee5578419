using System.Diagnostics;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

public sealed class RetryTests
{
    private static readonly ChatMessage[] Hello = [new(ChatRole.User, "hello")];

    [Fact]
    public async Task RateLimit_WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Status(429, retryAfter: TimeSpan.FromSeconds(1)), FakeReply.Text("ok"));
        using var gateway = TestGateways.Create(server);

        var response = await gateway.Client.GetResponseAsync(Hello);

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, response.GetCallInfo().Attempts);
        var gap = server.Requests[1].ReceivedAt - server.Requests[0].ReceivedAt;
        Assert.True(gap >= TimeSpan.FromMilliseconds(950), $"retried after {gap.TotalMilliseconds} ms, Retry-After said 1 s");
    }

    [Fact]
    public async Task RateLimit_WithoutRetryAfter_BacksOffExponentially()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Status(429), FakeReply.Status(429), FakeReply.Text("ok"));
        using var gateway = TestGateways.Create(server);

        var response = await gateway.Client.GetResponseAsync(Hello);

        Assert.Equal(3, response.GetCallInfo().Attempts);
        var first = server.Requests[1].ReceivedAt - server.Requests[0].ReceivedAt;
        var second = server.Requests[2].ReceivedAt - server.Requests[1].ReceivedAt;

        // Base 20 ms with equal jitter: the first wait is 10-20 ms, the second 20-40 ms. Never zero, unlike the SDK's own retry.
        Assert.True(first >= TimeSpan.FromMilliseconds(9), $"first backoff {first.TotalMilliseconds} ms");
        Assert.True(second >= TimeSpan.FromMilliseconds(19), $"second backoff {second.TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task ServerErrors_AreRetried(int status)
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Status(status), FakeReply.Status(status), FakeReply.Text("ok"));
        using var gateway = TestGateways.Create(server);

        var response = await gateway.Client.GetResponseAsync(Hello);

        Assert.Equal("ok", response.Text);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task ServerThatStaysDown_FailsTypedAfterMaxAttempts()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.Status(500, body: "{\"error\":{\"message\":\"boom\"}}");
        using var gateway = TestGateways.Create(server, c => c with { MaxAttempts = 3 });

        var failure = await Assert.ThrowsAsync<LlmCallException>(() => gateway.Client.GetResponseAsync(Hello));

        Assert.Equal(LlmFailureKind.ServerError, failure.Kind);
        Assert.Equal(500, failure.Status);
        Assert.Equal(3, failure.Attempts);
        Assert.Equal(3, server.RequestCount);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    public async Task RejectedRequests_AreNotRetried(int status)
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.Status(status);
        using var gateway = TestGateways.Create(server);

        var failure = await Assert.ThrowsAsync<LlmCallException>(() => gateway.Client.GetResponseAsync(Hello));

        Assert.Equal(LlmFailureKind.Rejected, failure.Kind);
        Assert.Equal(1, failure.Attempts);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task TruncatedAndNonJsonBodies_AreRetried()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Truncated(), FakeReply.NonJson(), FakeReply.Text("ok"));
        using var gateway = TestGateways.Create(server);

        var response = await gateway.Client.GetResponseAsync(Hello);

        Assert.Equal("ok", response.Text);
        Assert.Equal(3, response.GetCallInfo().Attempts);
    }

    [Fact]
    public async Task AlwaysNonJson_FailsAsInvalidResponse()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.NonJson();
        using var gateway = TestGateways.Create(server, c => c with { MaxAttempts = 2 });

        var failure = await Assert.ThrowsAsync<LlmCallException>(() => gateway.Client.GetResponseAsync(Hello));

        Assert.Equal(LlmFailureKind.InvalidResponse, failure.Kind);
        Assert.Equal(2, failure.Attempts);
    }

    [Fact]
    public async Task ConnectionReset_IsRetried()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.ResetConnection(), FakeReply.Text("ok"));
        using var gateway = TestGateways.Create(server);

        var response = await gateway.Client.GetResponseAsync(Hello);

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, response.GetCallInfo().Attempts);
    }

    [Fact]
    public async Task SlowAnswer_TimesOutAndIsRetried()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Slow(TimeSpan.FromSeconds(5), FakeReply.Text("late")), FakeReply.Text("on time"));
        // 1 s, not less: on a loaded 2-core CI machine a fast answer once took over 0.3 s (see CompletionsTests).
        using var gateway = TestGateways.Create(server, c => c with { TimeoutSeconds = 1 });
        var clock = Stopwatch.StartNew();

        var response = await gateway.Client.GetResponseAsync(Hello);

        Assert.Equal("on time", response.Text);
        Assert.Equal(2, response.GetCallInfo().Attempts);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}: the timeout did not cut the slow attempt");
    }

    [Fact]
    public async Task AlwaysSlow_FailsAsTimeout()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.Slow(TimeSpan.FromSeconds(5), FakeReply.Text("late"));
        using var gateway = TestGateways.Create(server, c => c with { TimeoutSeconds = 0.2, MaxAttempts = 2 });

        var failure = await Assert.ThrowsAsync<LlmCallException>(() => gateway.Client.GetResponseAsync(Hello));

        Assert.Equal(LlmFailureKind.Timeout, failure.Kind);
    }

    [Fact]
    public async Task NothingListening_FailsAsConnection()
    {
        int port;
        await using (var server = await FakeLlmServer.StartAsync())
        {
            port = server.BaseUri.Port;
        }

        var config = new Core.Config.ModelConfig { Endpoint = $"http://127.0.0.1:{port}/v1", Model = "m", MaxAttempts = 2 };
        using var gateway = LlmGateway.Create("down", config, TestGateways.Options());

        var failure = await Assert.ThrowsAsync<LlmCallException>(() => gateway.Client.GetResponseAsync(Hello));

        Assert.Equal(LlmFailureKind.Connection, failure.Kind);
        Assert.Equal(2, failure.Attempts);
    }

    [Fact]
    public async Task CallerCancellation_IsNotRetriedOrTurnedIntoTimeout()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.Slow(TimeSpan.FromSeconds(5), FakeReply.Text("late"));
        using var gateway = TestGateways.Create(server);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gateway.Client.GetResponseAsync(Hello, cancellationToken: cancel.Token));

        Assert.Equal(1, server.RequestCount);
    }
}
