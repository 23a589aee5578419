using System.Text.Json;
using System.Text.Json.Nodes;

namespace ValueAtlas.FakeLlm;

/// <summary>Header names are case-insensitive. The convenience properties re-parse <see cref="Body"/> on each call, so recording stays cheap.</summary>
public sealed record RecordedRequest(
    string Path,
    string Method,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt)
{
    /// <summary>Text of the last user message (chat or Anthropic), or the prompt of a legacy completion.</summary>
    public string? LastUserMessage => Read(RequestFields.LastUserText);

    public string? Model => Read(static root => RequestFields.String(root, "model"));

    /// <summary>A fresh node per call; null when the body is not JSON.</summary>
    public JsonNode? Json
    {
        get
        {
            try
            {
                return JsonNode.Parse(Body);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private string? Read(Func<JsonElement, string?> field)
    {
        try
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? field(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
