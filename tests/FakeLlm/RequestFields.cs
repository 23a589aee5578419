using System.Text;
using System.Text.Json;

namespace ValueAtlas.FakeLlm;

/// <summary>Reads the few request fields the fake reacts to; shared by the handler and <see cref="RecordedRequest"/>.</summary>
internal static class RequestFields
{
    public static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int? Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;

    public static bool IsTrue(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static string? LastUserText(JsonElement root)
    {
        if (root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
        {
            for (var i = messages.GetArrayLength() - 1; i >= 0; i--)
            {
                var message = messages[i];
                if (message.ValueKind == JsonValueKind.Object && String(message, "role") == "user")
                {
                    return message.TryGetProperty("content", out var content) ? ContentText(content) : null;
                }
            }

            return null;
        }

        return Prompt(root);
    }

    private static string? Prompt(JsonElement root)
    {
        if (!root.TryGetProperty("prompt", out var prompt))
        {
            return null;
        }

        return prompt.ValueKind switch
        {
            JsonValueKind.String => prompt.GetString(),
            JsonValueKind.Array when prompt.GetArrayLength() > 0 && prompt[0].ValueKind == JsonValueKind.String => prompt[0].GetString(),
            _ => null,
        };
    }

    // OpenAI and Anthropic both allow a plain string or a list of typed parts; only text parts count.
    private static string? ContentText(JsonElement content)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString();
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        StringBuilder? text = null;
        foreach (var part in content.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.Object && String(part, "type") == "text" && String(part, "text") is { } piece)
            {
                text = text is null ? new StringBuilder(piece) : text.Append('\n').Append(piece);
            }
        }

        return text?.ToString();
    }
}
