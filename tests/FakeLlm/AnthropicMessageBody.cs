using System.Text.Json;

namespace ValueAtlas.FakeLlm;

/// <summary>Anthropic's Messages API reply; the nullable fields are written as null so a strict SDK finds every key.</summary>
internal static class AnthropicMessageBody
{
    public static void Write(Utf8JsonWriter writer, long sequence, string model, Answer answer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", $"msg_fake{sequence}");
        writer.WriteString("type", "message");
        writer.WriteString("role", "assistant");
        writer.WriteString("model", model);
        writer.WriteStartArray("content");
        writer.WriteStartObject();
        writer.WriteString("type", "text");
        writer.WriteString("text", answer.Text);
        writer.WriteNull("citations");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("stop_reason", answer.HitMaxTokens ? "max_tokens" : "end_turn");
        writer.WriteNull("stop_sequence");
        writer.WriteStartObject("usage");
        writer.WriteNumber("input_tokens", answer.InputTokens);
        writer.WriteNumber("output_tokens", answer.OutputTokens);
        writer.WriteNull("cache_creation_input_tokens");
        writer.WriteNull("cache_read_input_tokens");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
