using System.Text.Json;

namespace ValueAtlas.FakeLlm;

/// <summary>What the handler needs from a request body, read once while the document is alive.</summary>
internal sealed record ParsedRequest(
    string Model,
    string UserText,
    bool WantsLogprobs,
    int TopLogprobs,
    int? MaxTokens,
    string? SchemaName,
    string? SchemaAnswer)
{
    private const string DefaultModel = "fake-model";

    public static ParsedRequest From(JsonElement root, ApiDialect dialect)
    {
        var model = RequestFields.String(root, "model") ?? DefaultModel;
        var userText = RequestFields.LastUserText(root) ?? string.Empty;
        return dialect switch
        {
            ApiDialect.OpenAIChat => Chat(root, model, userText),
            ApiDialect.OpenAICompletions => Completions(root, model, userText),
            _ => new ParsedRequest(model, userText, false, 0, RequestFields.Int(root, "max_tokens"), null, null),
        };
    }

    private static ParsedRequest Chat(JsonElement root, string model, string userText)
    {
        var maxTokens = RequestFields.Int(root, "max_completion_tokens") ?? RequestFields.Int(root, "max_tokens");
        string? schemaName = null;
        string? schemaAnswer = null;
        if (root.TryGetProperty("response_format", out var format)
            && format.ValueKind == JsonValueKind.Object
            && RequestFields.String(format, "type") == "json_schema"
            && format.TryGetProperty("json_schema", out var jsonSchema)
            && jsonSchema.ValueKind == JsonValueKind.Object)
        {
            schemaName = RequestFields.String(jsonSchema, "name") ?? string.Empty;
            schemaAnswer = jsonSchema.TryGetProperty("schema", out var schema) ? SchemaInstance.ToJson(schema) : "{}";
        }

        return new ParsedRequest(
            model,
            userText,
            RequestFields.IsTrue(root, "logprobs"),
            Math.Max(0, RequestFields.Int(root, "top_logprobs") ?? 0),
            maxTokens,
            schemaName,
            schemaAnswer);
    }

    private static ParsedRequest Completions(JsonElement root, string model, string userText)
    {
        // Legacy completions ask for logprobs with a count, not a flag.
        var logprobs = RequestFields.Int(root, "logprobs");
        return new ParsedRequest(model, userText, logprobs is not null, Math.Max(0, logprobs ?? 0), RequestFields.Int(root, "max_tokens"), null, null);
    }
}
