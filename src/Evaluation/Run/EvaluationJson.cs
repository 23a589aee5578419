using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ValueAtlas.Evaluation.Run;

/// <summary>How evaluate.json and JSON cells are written: Korean readable, snake_case keys, indented.</summary>
internal static class EvaluationJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>For JSON inside a table cell: one line.</summary>
    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };
}
