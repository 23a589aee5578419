using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Stata;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// A .dta dictionary kept in the Parquet file as JSON key/value metadata, shaped like the SPSS one: the whole
/// dictionary under <see cref="FileKey"/>, each variable's part under <see cref="ColumnKey"/> in its column chunks.
/// A value label's code is a number, or ".a"–".z" for an extended missing value.
/// </summary>
public static class StataParquetMetadata
{
    public const string FileKey = "valueatlas.stata";

    public const string ColumnKey = "valueatlas.stata.variable";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ParquetWriterOptions AddTo(ParquetWriterOptions options, StataFile file)
    {
        var variables = file.Variables.Select(Variable).ToList();
        var document = new JsonObject
        {
            ["version"] = 1,
            ["source"] = Path.GetFileName(file.Path),
            ["release"] = file.Version,
            ["data_label"] = file.DataLabel,
            ["timestamp"] = file.Timestamp,
            ["missing_written_as_null"] = true,
            ["variables"] = new JsonArray([.. variables.Select(v => (JsonNode)v)]),
        };
        var columns = file.Variables.Select((v, i) => (v.Name, Json: variables[i].ToJsonString(Json)))
            .ToDictionary(p => p.Name, p => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [ColumnKey] = p.Json }, StringComparer.Ordinal);
        return options with
        {
            KeyValueMetadata = [.. options.KeyValueMetadata, new(FileKey, document.ToJsonString(Json))],
            ColumnMetadata = columns,
        };
    }

    private static JsonObject Variable(StataVariable variable) => new()
    {
        ["name"] = variable.Name,
        ["label"] = variable.Label,
        ["type"] = variable.Type.ToString().ToLowerInvariant(),
        ["format"] = variable.Format,
        ["value_label_name"] = variable.ValueLabelName,
        ["value_labels"] = new JsonArray([.. variable.ValueLabels.Select(l => (JsonNode)new JsonObject { ["value"] = Code(l.Code), ["label"] = l.Label })]),
    };

    private static JsonNode? Code(object? code) => code switch
    {
        double number => JsonValue.Create(number),
        StataMissing missing => JsonValue.Create(missing.ToString()),
        _ => JsonValue.Create("."),
    };
}
