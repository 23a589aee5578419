using System.Text.Json;

namespace ValueAtlas.FakeLlm;

/// <summary>The legacy text_completion object that base-model servers (vLLM, llama.cpp) still serve.</summary>
internal static class TextCompletionBody
{
    public static void Write(Utf8JsonWriter writer, long sequence, string model, Answer answer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", $"cmpl-fake{sequence}");
        writer.WriteString("object", "text_completion");
        writer.WriteNumber("created", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        writer.WriteString("model", model);
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        writer.WriteString("text", answer.Text);
        writer.WriteNumber("index", 0);
        if (answer.Positions is null)
        {
            writer.WriteNull("logprobs");
        }
        else
        {
            WriteLogprobs(writer, answer.Positions);
        }

        writer.WriteString("finish_reason", answer.HitMaxTokens ? "length" : "stop");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", answer.InputTokens);
        writer.WriteNumber("completion_tokens", answer.OutputTokens);
        writer.WriteNumber("total_tokens", answer.InputTokens + answer.OutputTokens);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteLogprobs(Utf8JsonWriter writer, IReadOnlyList<LogprobPosition> positions)
    {
        writer.WriteStartObject("logprobs");
        writer.WriteStartArray("tokens");
        foreach (var position in positions)
        {
            writer.WriteStringValue(position.Token);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("token_logprobs");
        foreach (var position in positions)
        {
            writer.WriteNumberValue(position.Logprob);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("top_logprobs");
        foreach (var position in positions)
        {
            writer.WriteStartObject();
            foreach (var (token, logprob) in position.Top)
            {
                writer.WriteNumber(token, logprob);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // Offsets count from the start of the completion text (no echo of the prompt).
        writer.WriteStartArray("text_offset");
        var offset = 0;
        foreach (var position in positions)
        {
            writer.WriteNumberValue(offset);
            offset += position.Token.Length;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
