using System.Text.Json;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// Reads the log-probability block of a completions body in the shapes servers actually send to
/// <c>/v1/completions</c>: OpenAI's legacy arrays, and the chat shape (<c>content[]</c>) that llama.cpp returns there.
/// </summary>
internal static class LogprobsJson
{
    /// <summary>
    /// Positions of <paramref name="logprobs"/>; none for a shape that names no tokens. TGI sends a bare list of floats,
    /// one per generated token, with neither the token nor any alternative: no letter can be read from it, so it yields
    /// nothing and the caller treats the endpoint as one without log-probabilities (sampling).
    /// </summary>
    public static TokenPosition[] Positions(JsonElement logprobs)
    {
        if (logprobs.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (logprobs.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array)
        {
            return ChatShaped(content);
        }

        return logprobs.TryGetProperty("tokens", out var tokens) && tokens.ValueKind == JsonValueKind.Array ? Legacy(logprobs, tokens) : [];
    }

    /// <summary>Alternatives most likely first; a stable sort keeps the server's order among ties.</summary>
    public static TokenLogprob[] MostLikelyFirst(IEnumerable<TokenLogprob> alternatives) =>
        alternatives.OrderByDescending(a => double.IsNaN(a.Logprob) ? double.NegativeInfinity : a.Logprob).ToArray();

    private static TokenPosition[] ChatShaped(JsonElement content)
    {
        var result = new TokenPosition[content.GetArrayLength()];
        var i = 0;
        foreach (var entry in content.EnumerateArray())
        {
            var alternatives = new List<TokenLogprob>();
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("top_logprobs", out var top) && top.ValueKind == JsonValueKind.Array)
            {
                foreach (var alt in top.EnumerateArray())
                {
                    alternatives.Add(new TokenLogprob(TokenText(alt), Logprob(alt)));
                }
            }

            result[i++] = new TokenPosition(TokenText(entry), Logprob(entry), MostLikelyFirst(alternatives));
        }

        return result;
    }

    private static TokenPosition[] Legacy(JsonElement logprobs, JsonElement tokens)
    {
        logprobs.TryGetProperty("token_logprobs", out var chosen);
        logprobs.TryGetProperty("top_logprobs", out var top);
        var result = new TokenPosition[tokens.GetArrayLength()];
        for (var i = 0; i < result.Length; i++)
        {
            var alternatives = new List<TokenLogprob>();
            if (top.ValueKind == JsonValueKind.Array && i < top.GetArrayLength() && top[i].ValueKind == JsonValueKind.Object)
            {
                foreach (var alt in top[i].EnumerateObject())
                {
                    alternatives.Add(new TokenLogprob(alt.Name, Number(alt.Value)));
                }
            }

            var lp = chosen.ValueKind == JsonValueKind.Array && i < chosen.GetArrayLength() ? Number(chosen[i]) : double.NaN;
            result[i] = new TokenPosition(tokens[i].ValueKind == JsonValueKind.String ? tokens[i].GetString()! : "", lp, MostLikelyFirst(alternatives));
        }

        return result;
    }

    private static string TokenText(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString()! : "";

    private static double Logprob(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("logprob", out var value) ? Number(value) : double.NaN;

    // A null (the first token of an echoed prompt) has no probability: NaN, which readers treat as zero mass.
    private static double Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;
}
