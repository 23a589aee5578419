using System.Text.Encodings.Web;
using System.Text.Json;

namespace ValueAtlas.Curation.Surveys.Scaffold;

/// <summary>JSON string escaping that leaves Korean (any non-ASCII letter) as written, for YAML double-quoted scalars.</summary>
internal static class ScaffoldJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
