using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

public sealed class CacheTests
{
    private static readonly ChatMessage[] Question = [new(ChatRole.System, "짧게 답하세요."), new(ChatRole.User, "사형제에 찬성합니까?")];

    [Fact]
    public async Task RepeatedCall_IsAnsweredFromCacheWithoutTouchingTheNetwork()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.WithLogprobs("A", [[("A", -0.2), ("B", -1.7)]]));
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));
        using var gateway = TestGateways.Create(server, cache: cache);
        var options = new ChatOptions { Temperature = 0 }.WithTopLogprobs(2);

        var first = await gateway.Client.GetResponseAsync(Question, options);
        var second = await gateway.Client.GetResponseAsync(Question, options);

        Assert.Equal(1, server.RequestCount);
        Assert.False(first.GetCallInfo().Cached);
        Assert.True(second.GetCallInfo().Cached);
        Assert.Equal(0, second.GetCallInfo().Attempts);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.GetLogprobs(), second.GetLogprobs(), (a, b) => a.Token == b.Token && a.Top.SequenceEqual(b.Top));
        Assert.Equal(first.GetCallInfo().InputTokens, second.GetCallInfo().InputTokens);
    }

    [Fact]
    public async Task CacheSurvivesReopening()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        using (var cache = ResponseCache.Open(dir.File("cache.sqlite")))
        using (var gateway = TestGateways.Create(server, cache: cache))
        {
            await gateway.Client.GetResponseAsync(Question);
        }

        using (var cache = ResponseCache.Open(dir.File("cache.sqlite")))
        using (var gateway = TestGateways.Create(server, cache: cache))
        {
            var again = await gateway.Client.GetResponseAsync(Question);
            Assert.True(again.GetCallInfo().Cached);
        }

        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task DifferentParametersOrMessages_AreDifferentEntries()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));
        using var gateway = TestGateways.Create(server, cache: cache);

        await gateway.Client.GetResponseAsync(Question, new ChatOptions { Temperature = 0 });
        await gateway.Client.GetResponseAsync(Question, new ChatOptions { Temperature = 1 });
        await gateway.Client.GetResponseAsync(Question, new ChatOptions { Temperature = 0 }.WithTopLogprobs(5));
        await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "사형제에 찬성합니까?")], new ChatOptions { Temperature = 0 });

        Assert.Equal(4, server.RequestCount);
        Assert.Equal(4, cache.Count());
    }

    [Fact]
    public async Task ResponseSchema_IsPartOfTheKey()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));
        using var gateway = TestGateways.Create(server, cache: cache);
        var two = JsonDocument.Parse("""{"type":"array","minItems":2,"items":{"type":"string"}}""").RootElement;
        var three = JsonDocument.Parse("""{"type":"array","minItems":3,"items":{"type":"string"}}""").RootElement;

        await gateway.Client.GetResponseAsync(Question, new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(two, "items") });
        await gateway.Client.GetResponseAsync(Question, new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(three, "items") });
        var again = await gateway.Client.GetResponseAsync(Question, new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(two, "items") });

        Assert.True(again.GetCallInfo().Cached);
        Assert.Equal(2, server.RequestCount);
        Assert.Equal(3, server.Requests[1].Json!["response_format"]!["json_schema"]!["schema"]!["minItems"]!.GetValue<int>());
    }

    [Fact]
    public async Task FailedCalls_AreNotCached()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Status(400));
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));
        using var gateway = TestGateways.Create(server, cache: cache);

        await Assert.ThrowsAsync<LlmCallException>(() => gateway.Client.GetResponseAsync(Question));
        var retry = await gateway.Client.GetResponseAsync(Question);

        Assert.False(retry.GetCallInfo().Cached);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task CacheFile_NeverContainsTheApiKey()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        using (var cache = ResponseCache.Open(dir.File("cache.sqlite")))
        using (var gateway = TestGateways.Create(server, cache: cache))
        {
            for (var i = 0; i < 20; i++)
            {
                await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"question {i}")]);
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var key = Encoding.UTF8.GetBytes(TestGateways.Key);
        foreach (var file in Directory.GetFiles(dir.Path))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(key) < 0, $"{Path.GetFileName(file)} contains the API key");
        }
    }

    [Fact]
    public void CacheKey_IsStableAndIgnoresTheKey()
    {
        var endpoint = new Uri("http://127.0.0.1:8000/v1");
        var a = CacheKey.Compute("openai", endpoint, "m", Question, new ChatOptions { Temperature = 0 });
        var b = CacheKey.Compute("openai", new Uri("http://127.0.0.1:8000/v1/"), "m", Question, new ChatOptions { Temperature = 0 });
        var c = CacheKey.Compute("openai", endpoint, "m2", Question, new ChatOptions { Temperature = 0 });

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(64, a.Length);
    }

    [Fact]
    public void CacheKey_OfASingleEndpointModel_IsTheKeyEarlierRunsStored()
    {
        // Computed by the code before replicas existed: existing cache files must keep answering.
        var key = CacheKey.Compute("openai", new Uri("http://127.0.0.1:8000/v1"), "exaone", Question, new ChatOptions { Temperature = 0, MaxOutputTokens = 16 }.WithTopLogprobs(5));

        Assert.Equal("d78e99f308c9389065185034b952712dfd881682fcbaa96971a1722beef98e2f", key);
    }
}
