using System.Text.Json;
using ValueAtlas.Formats;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// GlobalOpinionQA in the long JSON layout: an array of rows <c>{country, question, options[], distribution[]}</c>, one per
/// (question, country). Errors name the row (1-based) and its byte offset.
/// </summary>
public static class GoqaJsonReader
{
    public static ImportedSet Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var collector = new GoqaCollector(path);
        var reader = new Utf8JsonReader(bytes);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new FileFormatException(path, 0, "a JSON array of rows {country, question, options, distribution}");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var offset = reader.TokenStartIndex;
                var row = ++collector.Rows;
                using var document = JsonDocument.ParseValue(ref reader);
                Row(collector, path, document.RootElement, offset, $"row {row}");
            }
        }
        catch (JsonException e)
        {
            throw new FileFormatException(path, reader.BytesConsumed, $"JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        return collector.ToSet();
    }

    private static void Row(GoqaCollector collector, string path, JsonElement row, long offset, string where)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            throw new FileFormatException(path, offset, $"{where}: an object {{country, question, options, distribution}}");
        }

        var country = Text(path, row, "country", offset, where);
        var question = Text(path, row, "question", offset, where);
        var (id, count) = collector.Question(question, Values(path, row, "options", offset, where), "", offset, where);
        collector.Answers(id, count, country, "", Values(path, row, "distribution", offset, where), offset, where);
    }

    private static string Text(string path, JsonElement row, string name, long offset, string where) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FileFormatException(path, offset, $"{where}: \"{name}\" as a string");

    private static List<object?> Values(string path, JsonElement row, string name, long offset, string where)
    {
        if (!row.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new FileFormatException(path, offset, $"{where}: \"{name}\" as an array");
        }

        return [.. list.EnumerateArray().Select(v => v.ValueKind switch
        {
            JsonValueKind.String => (object?)v.GetString(),
            JsonValueKind.Number => v.GetDouble(),
            _ => throw new FileFormatException(path, offset, $"{where}: \"{name}\" holding strings or numbers, found {v.ValueKind}"),
        })];
    }
}
