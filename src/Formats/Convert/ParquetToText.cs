using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>A Parquet file into CSV or JSONL, one row group in memory at a time.</summary>
public static class ParquetToText
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<long> WriteAsync(ParquetReader reader, Stream output, bool jsonl, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var names = reader.Schema.Select(c => c.Name).ToList();
        if (!jsonl)
        {
            await writer.WriteLineAsync(string.Join(',', names.Select(CsvText.Quote))).ConfigureAwait(false);
        }

        long rows = 0;
        var buffer = new MemoryStream();
        await foreach (var group in reader.ReadRowGroupsAsync(cancellationToken).ConfigureAwait(false))
        {
            var count = group.Count == 0 ? 0 : group[0].Count;
            for (var r = 0; r < count; r++)
            {
                if (jsonl)
                {
                    buffer.SetLength(0);
                    using (var json = new Utf8JsonWriter(buffer, Json))
                    {
                        json.WriteStartObject();
                        for (var c = 0; c < names.Count; c++)
                        {
                            json.WritePropertyName(names[c]);
                            WriteJson(json, group[c][r]);
                        }

                        json.WriteEndObject();
                    }

                    await writer.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
                }
                else
                {
                    await writer.WriteLineAsync(string.Join(',', group.Select(c => c[r] is var value && Text(value) is { } t ? (value is string or byte[] ? CsvText.Quote(t) : t) : ""))).ConfigureAwait(false);
                }

                rows++;
            }
        }

        return rows;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        byte[] b => BlobText.Escape(b),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime { Kind: DateTimeKind.Utc } t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static void WriteJson(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or long or decimal:
                json.WriteRawValue(Text(value)!);
                break;
            case float f when float.IsFinite(f):
                json.WriteRawValue(Text(value)!);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            default:
                json.WriteStringValue(Text(value));
                break;
        }
    }
}
