using Anthropic;
using Anthropic.Core;
using Microsoft.Extensions.AI;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

/// <summary>
/// Why the gateway keeps its own Anthropic adapter: the SDK's <c>AsIChatClient</c> drops sampling parameters. When this
/// test fails, the SDK has learnt to send them and the adapter can give way to it.
/// </summary>
public sealed class AnthropicSdkClientTests
{
    [Fact]
    public async Task SdkChatClient_DropsTemperatureAndTopP()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Text("네", inputTokens: 20, outputTokens: 1));
        using var sdk = new AnthropicClient(new ClientOptions { BaseUrl = server.BaseUri.ToString().TrimEnd('/'), ApiKey = "none", MaxRetries = 0 });
        using var client = sdk.AsIChatClient("test-model", 1024);

        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "한국어로 답하세요."), new ChatMessage(ChatRole.User, "동의합니까?")],
            new ChatOptions { Temperature = 0.5f, TopP = 0.9f, MaxOutputTokens = 16 });

        Assert.Equal("네", response.Text);
        Assert.Equal(20, response.Usage?.InputTokenCount);
        var body = Assert.Single(server.Requests).Json!;
        Assert.Equal(16, body["max_tokens"]!.GetValue<int>());
        Assert.NotNull(body["system"]);
        Assert.Null(body["temperature"]);
        Assert.Null(body["top_p"]);
    }
}
