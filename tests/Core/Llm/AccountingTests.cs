using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

public sealed class AccountingTests
{
    [Fact]
    public async Task Cost_ComesFromConfiguredPricesAndCacheHitsAreFree()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Text("a", inputTokens: 1000, outputTokens: 500), FakeReply.Text("b", inputTokens: 2000, outputTokens: 100));
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));
        using var gateway = TestGateways.Create(server, c => c with { Price = new ModelPrice { InputPerMillion = 3m, OutputPerMillion = 15m } }, cache);

        var first = await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "one")]);
        await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "two")]);
        var hit = await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "one")]);

        Assert.Equal(0.0105m, first.GetCallInfo().Cost);
        Assert.Equal(0m, hit.GetCallInfo().Cost);
        var usage = gateway.Ledger.For("test");
        Assert.Equal(3, usage.Calls);
        Assert.Equal(1, usage.CacheHits);
        Assert.Equal(2, usage.Attempts);
        Assert.Equal(3000, usage.InputTokens);
        Assert.Equal(600, usage.OutputTokens);
        Assert.Equal(0.0105m + 0.0075m, usage.Cost);
    }

    [Fact]
    public async Task Latency_IsMeasuredPerCall()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = TimeSpan.FromMilliseconds(100) });
        using var gateway = TestGateways.Create(server);

        var response = await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "x")]);

        Assert.InRange(response.GetCallInfo().LatencyMs, 95, 5000);
    }
}
