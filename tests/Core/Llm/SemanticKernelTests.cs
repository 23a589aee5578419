using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

/// <summary>A Semantic Kernel application whose chat service is the gateway: its prompt functions get the cache, limits and accounting.</summary>
public sealed class SemanticKernelTests
{
    [Fact]
    public async Task PromptFunction_GoesThroughTheGatewaysCacheAndAccounting()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Text("가족은 가장 중요한 가치입니다.", inputTokens: 14, outputTokens: 9));
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));
        using var gateway = TestGateways.Create(server, cache: cache);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(gateway.AsChatCompletionService());
        var kernel = builder.Build();
        var ask = kernel.CreateFunctionFromPrompt("한 문장으로 답하세요: {{$topic}}은(는) 왜 중요합니까?");
        var arguments = new KernelArguments { ["topic"] = "가족" };

        var first = await kernel.InvokeAsync(ask, arguments);
        var second = await kernel.InvokeAsync(ask, arguments);

        Assert.Equal("가족은 가장 중요한 가치입니다.", first.GetValue<string>());
        Assert.Equal(first.GetValue<string>(), second.GetValue<string>());
        var request = Assert.Single(server.Requests);
        Assert.Equal("한 문장으로 답하세요: 가족은(는) 왜 중요합니까?", request.LastUserMessage);
        var usage = gateway.Ledger.For("test");
        Assert.Equal(2, usage.Calls);
        Assert.Equal(1, usage.CacheHits);
        Assert.Equal(1, usage.Attempts);
        Assert.Equal(14, usage.InputTokens);
        Assert.Equal(9, usage.OutputTokens);
    }

    [Fact]
    public async Task StreamingPromptFunction_IsAnsweredFromTheCacheToo()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Text("네, 동의합니다."));
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));
        using var gateway = TestGateways.Create(server, cache: cache);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(gateway.AsChatCompletionService());
        var kernel = builder.Build();
        var ask = kernel.CreateFunctionFromPrompt("동의합니까?");

        var plain = await kernel.InvokeAsync(ask);
        var streamed = new List<string>();
        await foreach (var part in kernel.InvokeStreamingAsync<string>(ask))
        {
            streamed.Add(part);
        }

        Assert.Equal("네, 동의합니다.", plain.GetValue<string>());
        Assert.Equal("네, 동의합니다.", string.Concat(streamed));
        Assert.Equal(1, server.RequestCount);
        Assert.Equal(1, gateway.Ledger.For("test").CacheHits);
    }
}
