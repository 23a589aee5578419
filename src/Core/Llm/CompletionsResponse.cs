using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm;

/// <summary>Reads a legacy completions body: choices[0].text, its logprobs block and usage.</summary>
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

        if (choice.TryGetProperty("logprobs", out var logprobs) && logprobs.ValueKind == JsonValueKind.Object)
        {
            response.SetLogprobs(Positions(logprobs));
        }

        return response;
    }

    private static TokenPosition[] Positions(JsonElement logprobs)
    {
        var tokens = logprobs.GetProperty("tokens");
        var chosen = logprobs.GetProperty("token_logprobs");
        logprobs.TryGetProperty("top_logprobs", out var top);
        var result = new TokenPosition[tokens.GetArrayLength()];
        for (var i = 0; i < result.Length; i++)
        {
            var alternatives = new List<TokenLogprob>();
            if (top.ValueKind == JsonValueKind.Array && top[i].ValueKind == JsonValueKind.Object)
            {
                foreach (var alt in top[i].EnumerateObject())
                {
                    alternatives.Add(new TokenLogprob(alt.Name, alt.Value.GetDouble()));
                }
            }

            alternatives.Sort((a, b) => b.Logprob.CompareTo(a.Logprob));
            var lp = chosen[i].ValueKind == JsonValueKind.Number ? chosen[i].GetDouble() : double.NaN;
            result[i] = new TokenPosition(tokens[i].GetString() ?? "", lp, alternatives);
        }

        return result;
    }
}
