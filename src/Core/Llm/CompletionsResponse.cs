using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm;

/// <summary>Reads a completions body: choices[0].text, its logprobs block (see <see cref="LogprobsJson"/>) and usage.</summary>
internal static class CompletionsResponse
{
    public static ChatResponse Parse(JsonElement root)
    {
        var choice = root.GetProperty("choices")[0];
        var text = choice.GetProperty("text").GetString() ?? "";
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            ModelId = root.TryGetProperty("model", out var model) ? model.GetString() : null,
            FinishReason = choice.TryGetProperty("finish_reason", out var finish) && finish.ValueKind == JsonValueKind.String
                ? new ChatFinishReason(finish.GetString()!) : null,
        };
        if (root.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object)
        {
            response.Usage = new UsageDetails
            {
                InputTokenCount = usage.TryGetProperty("prompt_tokens", out var p) ? p.GetInt64() : null,
                OutputTokenCount = usage.TryGetProperty("completion_tokens", out var c) ? c.GetInt64() : null,
            };
        }

        if (choice.TryGetProperty("logprobs", out var logprobs))
        {
            response.SetLogprobs(LogprobsJson.Positions(logprobs));
        }

        return response;
    }
}
