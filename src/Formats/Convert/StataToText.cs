using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ValueAtlas.Formats.Stata;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// Streams a .dta file's observations into CSV or JSONL through the reader's reused row. Numbers are written in
/// shortest round-trip form and '.' as an empty field (null in JSONL); .a–.z are written as the text ".a" … ".z",
/// as Stata shows them, because surveys use them for answers such as "don't know" that a blank would hide.
/// </summary>
public static class StataToText
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<long> WriteCsvAsync(StataReader reader, Stream output, CancellationToken cancellationToken)
    {
        var variables = reader.File.Variables;
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(string.Join(',', variables.Select(v => CsvText.Quote(v.Name)))).ConfigureAwait(false);
        var row = reader.StartRows();
        var line = new StringBuilder();
        long rows = 0;
        while (reader.ReadRow(row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Clear();
            for (var i = 0; i < variables.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                line.Append(Cell(row, i, out var isNumber) is { } text ? (isNumber ? text : CsvText.Quote(text)) : "");
            }

            await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
            rows++;
        }

        return rows;
    }

    /// <summary>One JSON object per observation, keyed by variable name.</summary>
    public static async Task<long> WriteJsonlAsync(StataReader reader, Stream output, CancellationToken cancellationToken)
    {
        var variables = reader.File.Variables;
        var row = reader.StartRows();
        var buffer = new MemoryStream();
        long rows = 0;
        while (reader.ReadRow(row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, Json))
            {
                json.WriteStartObject();
                for (var i = 0; i < variables.Count; i++)
                {
                    json.WritePropertyName(variables[i].Name);
                    var text = Cell(row, i, out var isNumber);
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

    private static string? Cell(StataRow row, int variable, out bool isNumber)
    {
        isNumber = false;
        switch (row.Kind(variable))
        {
            case StataValueKind.Number:
                isNumber = true;
                return row.Number(variable).ToString("R", CultureInfo.InvariantCulture);
            case StataValueKind.ExtendedMissing:
                return row.Missing(variable).ToString();
            case StataValueKind.Text:
                return row.Text(variable);
            default:
                return null;
        }
    }
}
