using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm;

namespace ValueAtlas.Cli.Output;

/// <summary>The one-object JSON shape `llm ask` prints and `llm batch` writes per line. Korean stays readable, not \u-escaped.</summary>
public static class AnswerJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(ChatResponse response, JsonNode? json = null, string? id = null)
    {
        var info = response.GetCallInfo();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("text", response.Text);
            if (json is not null)
            {
                writer.WritePropertyName("json");
                json.WriteTo(writer);
            }

            writer.WriteStartArray("logprobs");
            foreach (var position in response.GetLogprobs())
            {
                writer.WriteStartArray();
                foreach (var alternative in position.Top.Count > 0 ? position.Top : [new TokenLogprob(position.Token, position.Logprob)])
                {
                    writer.WriteStartObject();
                    writer.WriteString("token", alternative.Token);
                    writer.WriteNumber("logprob", alternative.Logprob);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("usage");
            writer.WriteNumber("input", info.InputTokens);
            writer.WriteNumber("output", info.OutputTokens);
            writer.WriteEndObject();
            writer.WriteBoolean("cached", info.Cached);
            writer.WriteNumber("attempts", info.Attempts);
            writer.WriteNumber("latency_ms", Math.Round(info.LatencyMs, 1));
            writer.WriteNumber("cost", info.Cost);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string RenderError(string id, LlmCallException failure)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteStartObject("error");
            writer.WriteString("kind", failure.Kind.ToString());
            if (failure.Status is { } status)
            {
                writer.WriteNumber("status", status);
            }

            writer.WriteNumber("attempts", failure.Attempts);
            writer.WriteString("message", SecretRedactor.Redact(failure.Message));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
