using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm.Replicas;

public sealed class ReplicaGatewayTests
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "사형제에 찬성합니까?")];

    [Fact]
    public async Task Concurrent_calls_spread_over_both_replicas_within_the_models_concurrency()
    {
        await using var a = await Server("a", TimeSpan.FromMilliseconds(40));
        await using var b = await Server("b", TimeSpan.FromMilliseconds(40));
        using var gateway = Gateway([a, b], c => c with { MaxConcurrency = 8 });

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"q{i}")])));

        Assert.Equal(40, a.RequestCount + b.RequestCount);
        Assert.InRange(a.RequestCount, 14, 26);
        Assert.Equal(a.RequestCount, answers.Count(r => r.Text == "a"));
        var counts = gateway.Replicas!.Snapshot();
        Assert.Equal([a.RequestCount, b.RequestCount], counts.Select(c => (int)c.Calls));
        Assert.All(counts, c => Assert.Equal(0, c.InFlight));
    }

    [Theory]
    [InlineData("503")]
    [InlineData("reset")]
    public async Task Failing_replica_is_rested_and_every_call_is_answered_by_the_healthy_one(string failure)
    {
        await using var down = await FakeLlmServer.StartAsync();
        down.Responder = _ => failure == "503" ? FakeReply.Status(503) : FakeReply.ResetConnection();
        await using var up = await Server("up");
        using var gateway = Gateway([down, up]);

        var answers = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            answers.Add((await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"q{i}")])).Text);
        }

        // Calls 1-3 each try the failing replica first and are asked again at the other; after its third failure it rests.
        Assert.All(answers, t => Assert.Equal("up", t));
        Assert.Equal(3, down.RequestCount);
        Assert.Equal(12, up.RequestCount);
        var counts = gateway.Replicas!.Snapshot();
        Assert.Equal((3L, 3L, 1), (counts[0].Calls, counts[0].Failures, counts[0].Rests));
        Assert.NotNull(counts[0].RestedUntil);
        Assert.Equal((12L, 0L, 0), (counts[1].Calls, counts[1].Failures, counts[1].Rests));
    }

    [Fact]
    public async Task Rested_replica_is_asked_again_after_the_rest_period()
    {
        var time = new ManualTime();
        await using var a = await Server("a");
        await using var b = await Server("b");
        a.Enqueue(FakeReply.Status(502), FakeReply.Status(502), FakeReply.Status(502));
        using var gateway = Gateway([a, b], time: time);

        var resting = await Texts(gateway, 5);
        time.Advance(TimeSpan.FromSeconds(30));
        var back = await Texts(gateway, 2);

        Assert.Equal(["b", "b", "b", "b", "b"], resting);
        Assert.Equal(["a", "b"], back);
        Assert.Equal(4, a.RequestCount);
        Assert.Null(gateway.Replicas!.Snapshot()[0].RestedUntil);
    }

    [Fact]
    public async Task Answer_of_one_replica_is_a_cache_hit_when_the_request_would_go_to_another()
    {
        using var dir = new TempDirectory();
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));
        await using var a = await Server("a");
        await using var b = await Server("b");
        using (var first = Gateway([a, b], cache: cache))
        {
            Assert.Equal("a", (await first.Client.GetResponseAsync(Question)).Text);
        }

        // Listed the other way round, b would take the first call; with a alone gone, b is the only replica.
        using var reordered = Gateway([b, a], cache: cache);
        using var onlyB = Gateway([b], cache: cache);
        var again = await reordered.Client.GetResponseAsync(Question);
        var fromB = await onlyB.Client.GetResponseAsync(Question);

        Assert.True(again.GetCallInfo().Cached);
        Assert.True(fromB.GetCallInfo().Cached);
        Assert.Equal(["a", "a"], new[] { again.Text, fromB.Text });
        Assert.Equal((1, 0), (a.RequestCount, b.RequestCount));
    }

    [Fact]
    public async Task Replicated_model_is_keyed_by_the_model_and_a_single_endpoint_model_by_its_url_as_before()
    {
        using var dir = new TempDirectory();
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));
        await using var a = await Server("a");
        await using var b = await Server("b");
        using (var replicated = Gateway([a, b], cache: cache))
        {
            await replicated.Client.GetResponseAsync(Question);
        }

        var single = new[] { new ChatMessage(ChatRole.User, "single") };
        using (var gateway = TestGateways.Create(a, cache: cache))
        {
            await gateway.Client.GetResponseAsync(single);
            Assert.Null(gateway.Replicas);
        }

        Assert.NotNull(await cache.TryGetAsync(CacheKey.Compute(ProviderNames.OpenAI, CacheKey.Replicas, "test-model", Question, null), CancellationToken.None));
        Assert.Null(await cache.TryGetAsync(CacheKey.Compute(ProviderNames.OpenAI, a.OpenAIBase, "test-model", Question, null), CancellationToken.None));
        Assert.NotNull(await cache.TryGetAsync(CacheKey.Compute(ProviderNames.OpenAI, a.OpenAIBase, "test-model", single, null), CancellationToken.None));
    }

    [Fact]
    public async Task Hanging_replica_times_out_counts_as_failing_and_is_rested()
    {
        await using var slow = await FakeLlmServer.StartAsync();
        slow.Responder = _ => FakeReply.Slow(TimeSpan.FromSeconds(30), FakeReply.Text("late"));
        await using var up = await Server("up");
        using var gateway = Gateway([slow, up], c => c with { TimeoutSeconds = 0.2 });

        var answers = await Texts(gateway, 5);

        Assert.All(answers, t => Assert.Equal("up", t));
        Assert.Equal(3, slow.RequestCount);
        Assert.Equal(1, gateway.Replicas!.Snapshot()[0].Rests);
    }

    [Fact]
    public async Task One_key_variable_serves_every_replica()
    {
        await using var a = await Server("a");
        await using var b = await Server("b");
        using var gateway = Gateway([a, b]);

        await Texts(gateway, 2);

        Assert.Equal($"Bearer {TestGateways.Key}", a.Requests[0].Headers["Authorization"]);
        Assert.Equal($"Bearer {TestGateways.Key}", b.Requests[0].Headers["Authorization"]);
    }

    private static async Task<FakeLlmServer> Server(string name, TimeSpan latency = default)
    {
        var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = latency });
        server.Responder = _ => FakeReply.Text(name);
        return server;
    }

    private static LlmGateway Gateway(FakeLlmServer[] replicas, Func<ModelConfig, ModelConfig>? adjust = null, ResponseCache? cache = null, TimeProvider? time = null)
    {
        var config = TestGateways.Config(replicas[0]) with
        {
            Endpoint = "",
            Endpoints = [.. replicas.Select(r => r.OpenAIBase.ToString())],
        };
        var options = TestGateways.Options(cache) with { Time = time ?? TimeProvider.System };
        return LlmGateway.Create("replicated", adjust?.Invoke(config) ?? config, options);
    }

    private static async Task<List<string>> Texts(LlmGateway gateway, int calls)
    {
        var texts = new List<string>();
        for (var i = 0; i < calls; i++)
        {
            texts.Add((await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"q{i}")])).Text);
        }

        return texts;
    }
}
