using System.Diagnostics;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

/// <summary>Base models on <c>/v1/completions</c> go through our own client: the same timeouts and cancellation as chat.</summary>
public sealed class CompletionsTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "Question: yes or no?\nAnswer:")];

    [Fact]
    public async Task SlowAnswer_TimesOutAndIsRetried()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Slow(TimeSpan.FromSeconds(5), FakeReply.Text("late")), FakeReply.Text("on time"));
        // 1 s, not less: on a loaded 2-core CI machine the fast second answer (first JIT of the path) once took over 0.3 s.
        using var gateway = TestGateways.Create(server, c => c with { TimeoutSeconds = 1 }, provider: ProviderNames.OpenAICompletions);
        var clock = Stopwatch.StartNew();

        var response = await gateway.Client.GetResponseAsync(Prompt);

        Assert.Equal("on time", response.Text);
        Assert.Equal(2, response.GetCallInfo().Attempts);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}: the timeout did not cut the slow attempt");
    }

    [Fact]
    public async Task AlwaysSlow_FailsAsTimeout()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.Slow(TimeSpan.FromSeconds(5), FakeReply.Text("late"));
        using var gateway = TestGateways.Create(server, c => c with { TimeoutSeconds = 0.2, MaxAttempts = 2 }, provider: ProviderNames.OpenAICompletions);
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<LlmCallException>(() => gateway.Client.GetResponseAsync(Prompt));

        Assert.Equal(LlmFailureKind.Timeout, failure.Kind);
        Assert.Equal(2, failure.Attempts);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}: the timeout did not reach the socket");
    }

    [Fact]
    public async Task CallerCancellation_ReachesTheSocketAndIsNotRetried()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.Slow(TimeSpan.FromSeconds(5), FakeReply.Text("late"));
        using var gateway = TestGateways.Create(server, provider: ProviderNames.OpenAICompletions);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gateway.Client.GetResponseAsync(Prompt, cancellationToken: cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}: cancellation did not reach the socket");
        Assert.Equal(1, server.RequestCount);
    }
}
