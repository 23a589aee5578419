using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Convert;

/// <summary>Streams an SPSS file's cases into CSV or JSONL: one case in memory at a time, whatever the file's size.</summary>
public static class SpssToText
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>UTF-8 CSV with a header of variable names; a missing value is an empty field.</summary>
    public static async Task<long> WriteCsvAsync(SpssReader reader, Stream output, SpssTextOptions options, CancellationToken cancellationToken)
    {
        var variables = reader.File.Variables;
        var cells = new SpssCellText(reader.File, options);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(string.Join(',', variables.Select(v => CsvText.Quote(v.Name)))).ConfigureAwait(false);
        long rows = 0;
        var line = new StringBuilder();
        foreach (var row in reader.ReadCases())
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Clear();
            for (var i = 0; i < variables.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                var text = cells.Format(variables[i], i, row[i], out var isNumber);
                line.Append(text is null ? "" : isNumber ? text : CsvText.Quote(text));
            }

            await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
            rows++;
        }

        return rows;
    }

    /// <summary>One JSON object per case, keyed by variable name; numbers stay numbers unless labelled or dates.</summary>
    public static async Task<long> WriteJsonlAsync(SpssReader reader, Stream output, SpssTextOptions options, CancellationToken cancellationToken)
    {
        var variables = reader.File.Variables;
        var cells = new SpssCellText(reader.File, options);
        long rows = 0;
        var buffer = new MemoryStream();
        foreach (var row in reader.ReadCases())
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, Json))
            {
                json.WriteStartObject();
                for (var i = 0; i < variables.Count; i++)
                {
                    var text = cells.Format(variables[i], i, row[i], out var isNumber);
                    json.WritePropertyName(variables[i].Name);
                    if (text is null)
                    {
                        json.WriteNullValue();
                    }
                    else if (isNumber)
                    {
                        json.WriteRawValue(text);
                    }
                    else
                    {
                        json.WriteStringValue(text);
                    }
                }

                json.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
            rows++;
        }

        return rows;
    }
}
