using System.Text;
using System.Text.Json;

namespace ValueAtlas.FakeLlm;

/// <summary>OpenAI's chat.completion object, field for field, so the OpenAI SDK parses it like the real thing.</summary>
internal static class ChatCompletionBody
{
    public static void Write(Utf8JsonWriter writer, long sequence, string model, Answer answer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", $"chatcmpl-fake{sequence}");
        writer.WriteString("object", "chat.completion");
        writer.WriteNumber("created", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        writer.WriteString("model", model);
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        writer.WriteStartObject("message");
        writer.WriteString("role", "assistant");
        writer.WriteString("content", answer.Text);
        writer.WriteNull("refusal");
        writer.WriteEndObject();
        if (answer.Positions is null)
        {
            writer.WriteNull("logprobs");
        }
        else
        {
            writer.WriteStartObject("logprobs");
            writer.WriteStartArray("content");
            foreach (var position in answer.Positions)
            {
                writer.WriteStartObject();
                WriteToken(writer, position.Token, position.Logprob);
                writer.WriteStartArray("top_logprobs");
                foreach (var (token, logprob) in position.Top)
                {
                    writer.WriteStartObject();
                    WriteToken(writer, token, logprob);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNull("refusal");
            writer.WriteEndObject();
        }

        writer.WriteString("finish_reason", answer.HitMaxTokens ? "length" : "stop");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", answer.InputTokens);
        writer.WriteNumber("completion_tokens", answer.OutputTokens);
        writer.WriteNumber("total_tokens", answer.InputTokens + answer.OutputTokens);
        writer.WriteEndObject();
        writer.WriteString("system_fingerprint", "fp_fakellm");
        writer.WriteEndObject();
    }

    private static void WriteToken(Utf8JsonWriter writer, string token, double logprob)
    {
        writer.WriteString("token", token);
        writer.WriteNumber("logprob", logprob);
        writer.WriteStartArray("bytes");
        var byteCount = Encoding.UTF8.GetByteCount(token);
        Span<byte> bytes = byteCount <= 256 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(token, bytes);
        foreach (var b in bytes)
        {
            writer.WriteNumberValue(b);
        }

        writer.WriteEndArray();
    }
}
