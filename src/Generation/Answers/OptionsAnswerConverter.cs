using System.Text.Json;
using System.Text.Json.Serialization;

namespace ValueAtlas.Generation.Answers;

/// <summary>
/// Reads the options in the shape asked for (<c>{"options": [{"text", "stance"}]}</c>) and in the shapes models give
/// instead: a stance map keyed by answer text (<c>{"options": {"예": "supports"}}</c> or the bare map), or a list of pairs.
/// </summary>
public sealed class OptionsAnswerConverter : JsonConverter<OptionsAnswer>
{
    public override OptionsAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var body = root.ValueKind == JsonValueKind.Object && Property(root, "options") is { } inner ? inner : root;
        return new OptionsAnswer(body.ValueKind switch
        {
            JsonValueKind.Array => body.EnumerateArray().Select(FromItem).ToList(),
            JsonValueKind.Object => body.EnumerateObject().Select(p => new OptionAnswer(p.Name, Text(p.Value))).ToList(),
            _ => throw new JsonException("options must be a list of {text, stance} or a map of answer text to stance"),
        });
    }

    public override void Write(Utf8JsonWriter writer, OptionsAnswer value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("options");
        foreach (var option in value.Options)
        {
            writer.WriteStartObject();
            writer.WriteString("text", option.Text);
            writer.WriteString("stance", option.Stance);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static OptionAnswer FromItem(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.Array && item.GetArrayLength() == 2)
        {
            return new OptionAnswer(Text(item[0]), Text(item[1]));
        }

        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"an option must be an object with text and stance, not {item.ValueKind}");
        }

        var text = Property(item, "text") ?? Property(item, "option") ?? Property(item, "answer");
        var stance = Property(item, "stance");
        if (text is null || stance is null)
        {
            throw new JsonException("an option needs both \"text\" and \"stance\"");
        }

        return new OptionAnswer(Text(text.Value), Text(stance.Value));
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new JsonException($"expected text, found {value.ValueKind}");
}
