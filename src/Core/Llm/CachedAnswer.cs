using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm;

/// <summary>What the cache keeps of an answer: enough to rebuild the response, nothing about the request's credentials.</summary>
public sealed record CachedAnswer
{
    public string Text { get; init; } = "";

    public string? ModelId { get; init; }

    public string? FinishReason { get; init; }

    public long? InputTokens { get; init; }

    public long? OutputTokens { get; init; }

    public IReadOnlyList<TokenPosition> Logprobs { get; init; } = [];

    /// <summary>When the endpoint gave this answer; a row built from it keeps that time however often it is re-read.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    public static CachedAnswer From(ChatResponse response) => new()
    {
        Text = response.Text,
        ModelId = response.ModelId,
        FinishReason = response.FinishReason?.Value,
        InputTokens = response.Usage?.InputTokenCount,
        OutputTokens = response.Usage?.OutputTokenCount,
        Logprobs = response.GetLogprobs(),
    };

    public ChatResponse ToResponse()
    {
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, Text))
        {
            ModelId = ModelId,
            FinishReason = FinishReason is null ? null : new ChatFinishReason(FinishReason),
            Usage = new UsageDetails { InputTokenCount = InputTokens, OutputTokenCount = OutputTokens },
        };
        response.SetLogprobs(Logprobs);
        return response;
    }
}
