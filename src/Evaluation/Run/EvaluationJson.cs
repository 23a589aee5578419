using System.Text.Json;
using ValueAtlas.Core.Artifacts;

namespace ValueAtlas.Evaluation.Run;

/// <summary>evaluate.json and JSON cells in the artifacts' one dialect (<see cref="ArtifactJson"/>): Korean readable, snake_case.</summary>
internal static class EvaluationJson
{
    public static readonly JsonSerializerOptions Options = new(ArtifactJson.Options) { WriteIndented = true };

    /// <summary>For JSON inside a table cell: one line.</summary>
    public static JsonSerializerOptions Compact => ArtifactJson.Options;
}
