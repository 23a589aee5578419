using System.Text.Json;

namespace ValueAtlas.Generation.Answers;

/// <summary>The JSON schema each step asks for; sent as response_format where the endpoint takes it.</summary>
public static class AnswerSchemas
{
    public static readonly JsonElement Topics = Parse("""
        {"type":"object","additionalProperties":false,"required":["topics"],"properties":{"topics":{"type":"array","minItems":1,"items":
          {"type":"object","additionalProperties":false,"required":["name","name_en","description","description_en"],"properties":
            {"name":{"type":"string"},"name_en":{"type":"string"},"description":{"type":"string"},"description_en":{"type":"string"}}}}}}
        """);

    public static readonly JsonElement Questions = Parse("""
        {"type":"object","additionalProperties":false,"required":["questions"],"properties":{"questions":{"type":"array","minItems":1,"items":
          {"type":"object","additionalProperties":false,"required":["text","text_en"],"properties":{"text":{"type":"string"},"text_en":{"type":"string"}}}}}}
        """);

    public static readonly JsonElement Options = Parse("""
        {"type":"object","additionalProperties":false,"required":["options"],"properties":{"options":{"type":"array","minItems":2,"items":
          {"type":"object","additionalProperties":false,"required":["text","stance"],"properties":
            {"text":{"type":"string"},"stance":{"type":"string","enum":["supports","opposes","neutral"]}}}}}}
        """);

    public static readonly JsonElement Paraphrases = Parse("""
        {"type":"object","additionalProperties":false,"required":["paraphrases"],"properties":{"paraphrases":{"type":"array","minItems":1,"items":{"type":"string"}}}}
        """);

    public static readonly JsonElement Translation = Parse("""
        {"type":"object","additionalProperties":false,"required":["topic","question","options"],"properties":
          {"topic":{"type":"string"},"question":{"type":"string"},"options":{"type":"array","minItems":2,"items":{"type":"string"}}}}
        """);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
