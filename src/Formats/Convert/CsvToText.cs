using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// CSV to normalised CSV (UTF-8 without BOM, LF, minimal quoting) or to JSONL, where a column whose every value is a
/// number stays a number and an empty field (or, outside text columns, a missing-value marker) is null.
/// </summary>
public static class CsvToText
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<long> WriteAsync(string csv, Stream output, bool jsonl, Encoding? encoding, CsvMissingValues? missing, CancellationToken cancellationToken)
    {
        missing ??= CsvMissingValues.Default;
        var schema = CsvToParquet.Infer(csv, encoding, missing, int.MaxValue, cancellationToken);
        var names = schema.Select(c => c.Name).ToList();
        var types = schema.Select(c => c.Type).ToList();
        using var text = CsvSource.Open(csv, encoding);
        var records = new CsvRecordReader(text, csv);
        records.Read();
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        if (!jsonl)
        {
            await writer.WriteLineAsync(string.Join(',', names.Select(CsvText.Quote))).ConfigureAwait(false);
        }

        long rows = 0;
        var buffer = new MemoryStream();
        while (records.Read() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!jsonl)
            {
                await writer.WriteLineAsync(string.Join(',', record.Select(CsvText.Quote))).ConfigureAwait(false);
            }
            else
            {
                buffer.SetLength(0);
                using (var json = new Utf8JsonWriter(buffer, Json))
                {
                    json.WriteStartObject();
                    for (var i = 0; i < names.Count; i++)
                    {
                        json.WritePropertyName(names[i]);
                        if (record[i].Length == 0 || (types[i] != Parquet.ParquetType.String && missing.IsMarker(record[i])))
                        {
                            json.WriteNullValue();
                        }
                        else if (types[i] is Parquet.ParquetType.Int64 or Parquet.ParquetType.Double)
                        {
                            json.WriteRawValue(record[i]);
                        }
                        else if (types[i] == Parquet.ParquetType.Boolean)
                        {
                            json.WriteBooleanValue(record[i] == "true");
                        }
                        else
                        {
                            json.WriteStringValue(record[i]);
                        }
                    }

                    json.WriteEndObject();
                }

                await writer.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
            }

            rows++;
        }

        return rows;
    }
}
