using System.Text.Json;
using System.Text.Json.Serialization;

namespace ValueAtlas.Core.Domain;

/// <summary>Artifacts store a language as its bare code ("ko"); the native name is derived, not data.</summary>
public sealed class LanguageJsonConverter : JsonConverter<Language>
{
    public override Language Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A language must be a string code such as \"ko\", not {reader.TokenType}.");
        }

        var code = reader.GetString();
        return Language.TryParse(code, out var language)
            ? language
            : throw new JsonException($"'{code}' is not a BCP-47 language tag.");
    }

    public override void Write(Utf8JsonWriter writer, Language value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Code);
}
