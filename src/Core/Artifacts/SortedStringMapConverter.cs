using System.Text.Json;
using System.Text.Json.Serialization;

namespace ValueAtlas.Core.Artifacts;

/// <summary>
/// Writes string maps in ordinal key order: the same data must give the same bytes
/// (file hashes in release manifests), whatever order the dictionary was filled in.
/// </summary>
public sealed class SortedStringMapConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    public override IReadOnlyDictionary<string, string> Read(
        ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object of strings, got {reader.TokenType}.");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"The value of '{key}' must be a string, got {reader.TokenType}.");
            }

            if (!map.TryAdd(key, reader.GetString()!))
            {
                throw new JsonException($"Key '{key}' appears twice.");
            }
        }

        return map;
    }

    public override void Write(
        Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in value.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteString(key, item);
        }

        writer.WriteEndObject();
    }
}
