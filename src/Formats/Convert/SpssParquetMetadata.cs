using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// What an SPSS dictionary says beyond the data, kept in the Parquet file as JSON key/value metadata: the whole
/// dictionary under <see cref="FileKey"/> in the footer (DuckDB: <c>parquet_kv_metadata</c>), and each variable's
/// part under <see cref="ColumnKey"/> in its own column chunks. The README documents the shape.
/// </summary>
public static class SpssParquetMetadata
{
    public const string FileKey = "valueatlas.spss";

    public const string ColumnKey = "valueatlas.spss.variable";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ParquetWriterOptions AddTo(ParquetWriterOptions options, SpssFile file, IReadOnlyList<ParquetColumn> schema, SpssTextOptions text)
    {
        var variables = file.Variables.Select((v, i) => Variable(v, schema[i])).ToList();
        var document = new JsonObject
        {
            ["version"] = 1,
            ["source"] = Path.GetFileName(file.Path),
            ["file_label"] = file.FileLabel.Trim(),
            ["encoding"] = file.EncodingName,
            ["labels_written_as_values"] = text.Labels,
            ["user_missing_written_as_null"] = text.UserMissingAsNull,
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

    private static JsonObject Variable(SpssVariable variable, ParquetColumn column)
    {
        var node = new JsonObject
        {
            ["name"] = variable.Name,
            ["label"] = variable.Label,
            ["type"] = variable.IsString ? "string" : "numeric",
            ["format"] = variable.PrintFormat.ToString(),
            ["measure"] = variable.Measure.ToString().ToLowerInvariant(),
            ["parquet_type"] = column.Type.ToString().ToLowerInvariant(),
            ["value_labels"] = new JsonArray([.. variable.ValueLabels.Select(l => (JsonNode)new JsonObject { ["value"] = Value(l.Value), ["label"] = l.Label })]),
        };
        var missing = variable.MissingValues;
        node["missing_values"] = missing.IsEmpty ? null : new JsonObject
        {
            ["discrete"] = new JsonArray([.. missing.Discrete.Select(Value)]),
            ["range"] = missing.HasRange ? new JsonArray(JsonValue.Create(missing.RangeLow), JsonValue.Create(missing.RangeHigh)) : null,
        };
        if (variable.PrintFormat.TypeName == "DTIME")
        {
            node["unit"] = "seconds";
        }

        return node;
    }

    private static JsonNode? Value(SpssValue value) =>
        value.Text is { } text ? JsonValue.Create(text.TrimEnd()) : value.Number is { } n && double.IsFinite(n) ? JsonValue.Create(n) : JsonValue.Create(value.ToString());
}
