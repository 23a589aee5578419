using System.Diagnostics;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

public sealed class LimitTests
{
    [Fact]
    public async Task ConcurrencyLimit_KeepsAtMostNCallsInFlight()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = TimeSpan.FromMilliseconds(150) });
        using var gateway = TestGateways.Create(server, c => c with { MaxConcurrency = 2 });

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"q{i}")])));

        // With two slots, requests arrive in three waves roughly 150 ms apart: never three within one latency.
        var arrivals = server.Requests.Select(r => r.ReceivedAt).Order().ToArray();
        for (var i = 2; i < arrivals.Length; i++)
        {
            Assert.True(arrivals[i] - arrivals[i - 2] >= TimeSpan.FromMilliseconds(140), $"request {i} arrived {(arrivals[i] - arrivals[i - 2]).TotalMilliseconds} ms after request {i - 2}");
        }
    }

    [Fact]
    public async Task HigherConcurrency_RunsCallsInParallel()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = TimeSpan.FromMilliseconds(200) });
        using var gateway = TestGateways.Create(server, c => c with { MaxConcurrency = 8 });

        // Warm: the first call's JIT and connection set-up are not what this test measures.
        await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "warm-up")]);
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"q{i}")])));

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(1200), $"8 calls of 200 ms at concurrency 8 took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task RateLimit_SpacesRequestStarts()
    {
        await using var server = await FakeLlmServer.StartAsync();
        using var gateway = TestGateways.Create(server, c => c with { RequestsPerMinute = 600 });

        // A first call opens the connection; measured, its set-up time would shrink the gap to the next arrival.
        await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "warm-up")]);
        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"q{i}")])));

        var arrivals = server.Requests.Skip(1).Select(r => r.ReceivedAt).Order().ToArray();
        Assert.True(arrivals[^1] - arrivals[0] >= TimeSpan.FromMilliseconds(380), $"5 requests at 600/min spread over only {(arrivals[^1] - arrivals[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task CacheHit_DoesNotWaitForABusySlot()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));
        using var gateway = TestGateways.Create(server, c => c with { MaxConcurrency = 1 }, cache);
        ChatMessage[] known = [new(ChatRole.User, "known")];
        await gateway.Client.GetResponseAsync(known);
        server.Enqueue(FakeReply.Slow(TimeSpan.FromSeconds(3), FakeReply.Text("slow")));
        var busy = gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "slow")]);
        while (server.RequestCount < 2)
        {
            await Task.Delay(10);
        }

        var clock = Stopwatch.StartNew();
        var hit = await gateway.Client.GetResponseAsync(known);

        Assert.True(hit.GetCallInfo().Cached);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"the hit took {clock.ElapsedMilliseconds} ms: it waited for the slot the slow call holds");
        Assert.False(busy.IsCompleted);
        Assert.Equal("slow", (await busy).Text);
    }

    [Fact]
    public async Task WaitingForARateSlot_DoesNotCountAgainstTheAttemptTimeout()
    {
        await using var server = await FakeLlmServer.StartAsync();
        using var gateway = TestGateways.Create(server, c => c with { RequestsPerMinute = 60, TimeoutSeconds = 0.5 });

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"q{i}")])));

        // The second call waits about a second for its rate slot, twice its attempt timeout, and still succeeds first time.
        Assert.All(answers, a => Assert.Equal(1, a.GetCallInfo().Attempts));
        Assert.Equal(2, server.RequestCount);
        var arrivals = server.Requests.Select(r => r.ReceivedAt).Order().ToArray();
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromMilliseconds(900), $"second request after {(arrivals[1] - arrivals[0]).TotalMilliseconds} ms");
    }
}
