using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

public sealed class StructuredAskTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {"type":"object","required":["topics"],"additionalProperties":false,
         "properties":{"topics":{"type":"array","minItems":2,"items":{"type":"object","required":["name","description"],
           "properties":{"name":{"type":"string"},"description":{"type":"string"}}}}}}
        """).RootElement.Clone();

    private static readonly ChatMessage[] Ask = [new(ChatRole.User, "한국에서 논쟁적인 주제 두 개를 제시하세요.")];

    [Fact]
    public async Task Schema_IsSentAsResponseFormat_AndTheAnswerParses()
    {
        await using var server = await FakeLlmServer.StartAsync();
        using var gateway = TestGateways.Create(server);

        var result = await gateway.Structured.AskAsync<TopicList>(Ask, Schema, "topic_list", null, null, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("; ", result.Reasons));
        Assert.Equal(2, result.Value!.Topics.Count);
        var format = server.Requests[0].Json!["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.GetValue<string>());
        Assert.Equal("topic_list", format["json_schema"]!["name"]!.GetValue<string>());
        Assert.True(format["json_schema"]!["strict"]!.GetValue<bool>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Schema.GetRawText()), format["json_schema"]!["schema"]), $"schema not sent unchanged: {format["json_schema"]!["schema"]!.ToJsonString()}");
    }

    [Fact]
    public async Task FencedAnswerWithProse_IsParsed()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Text("""
            다음은 답변입니다:
            ```json
            {"topics": [{"name": "사형제", "description": "사형제 폐지 논쟁"}, {"name": "징병제", "description": "병역 의무"}]}
            ```
            도움이 되었기를 바랍니다.
            """));
        using var gateway = TestGateways.Create(server);

        var result = await gateway.Structured.AskAsync<TopicList>(Ask, Schema, "topic_list", new TopicListValidator(), null, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(["사형제", "징병제"], result.Value!.Topics.Select(t => t.Name));
        Assert.Equal(1, result.Asks);
    }

    [Fact]
    public async Task InvalidAnswer_IsReaskedWithTheReasons()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(
            FakeReply.Text("""{"topics": [{"name": "", "description": "빈 이름"}]}"""),
            FakeReply.Text("""{"topics": [{"name": "동성혼", "description": "동성 결혼 합법화"}, {"name": "낙태", "description": "낙태죄"}]}"""));
        using var gateway = TestGateways.Create(server);

        var result = await gateway.Structured.AskAsync<TopicList>(Ask, Schema, "topic_list", new TopicListValidator(), null, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Asks);
        Assert.Equal(2, result.Total.Attempts);
        var reask = server.Requests[1].LastUserMessage!;
        Assert.Contains("at least 2 topics", reask, StringComparison.Ordinal);
        Assert.Contains("name must not be empty", reask, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerThatNeverValidates_IsAFailureWithRawTextAndReasons()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeReply.Text("죄송하지만 답변할 수 없습니다.");
        using var gateway = TestGateways.Create(server);

        var result = await gateway.Structured.AskAsync<TopicList>(Ask, Schema, "topic_list", new TopicListValidator(), null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal("죄송하지만 답변할 수 없습니다.", result.RawText);
        Assert.Contains("no JSON", Assert.Single(result.Reasons), StringComparison.Ordinal);
        Assert.Equal(3, result.Asks);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task EndpointWithoutJsonSchema_GetsTheSchemaInThePrompt()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Text("""{"topics": [{"name": "a", "description": "b"}, {"name": "c", "description": "d"}]}"""));
        using var gateway = TestGateways.Create(server, c => c with { JsonSchema = false });

        var result = await gateway.Structured.AskAsync<TopicList>(Ask, Schema, "topic_list", null, null, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Null(server.Requests[0].Json!["response_format"]);
        Assert.Contains("\"minItems\":2", server.Requests[0].LastUserMessage!.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anthropic_GetsTheSchemaInThePrompt()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Text("""{"topics": [{"name": "a", "description": "b"}, {"name": "c", "description": "d"}]}"""));
        using var gateway = TestGateways.Create(server, provider: ProviderNames.Anthropic);

        var result = await gateway.Structured.AskAsync<TopicList>(Ask, Schema, "topic_list", null, null, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Contains("JSON schema", server.Requests[0].LastUserMessage!, StringComparison.Ordinal);
    }

    public sealed record TopicList(IReadOnlyList<TopicItem> Topics);

    public sealed record TopicItem(string Name, string Description);

    private sealed class TopicListValidator : AbstractValidator<TopicList>
    {
        public TopicListValidator()
        {
            RuleFor(t => t.Topics).Must(t => t.Count >= 2).WithMessage("give at least 2 topics");
            RuleForEach(t => t.Topics).ChildRules(topic => topic.RuleFor(t => t.Name).NotEmpty().WithMessage("name must not be empty"));
        }
    }
}
