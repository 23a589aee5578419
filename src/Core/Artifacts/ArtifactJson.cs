using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ValueAtlas.Core.Artifacts;

/// <summary>The one JSON dialect of every artifact, so files written by one stage read back in any other.</summary>
public static class ArtifactJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,

            // Hangul, CJK, emoji and quotes stay literal so annotators and diffs read the files as
            // text. HTML-safety escaping is skipped: artifacts are never inlined into HTML
            // unencoded (the report encodes what it shows).
            Encoder = ArtifactTextEncoder.Instance,
            WriteIndented = false,

            // A row missing a required field or holding null where the record says non-null is a
            // bad row to quarantine, not a record with silent defaults.
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new SortedStringMapConverter());
        options.MakeReadOnly();
        return options;
    }
}
