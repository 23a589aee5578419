using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// Writes rows as UTF-8 CSV (header of names, RFC 4180 quoting, an empty field for no value) or as JSONL (one object
/// per row keyed by name, numbers bare, null for no value), so every reader's conversion quotes and escapes alike.
/// </summary>
public sealed class TextRowSink : IAsyncDisposable
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IReadOnlyList<string> _names;
    private readonly StreamWriter? _csv;
    private readonly StringBuilder _line = new();
    private readonly Stream _output;
    private readonly MemoryStream _buffer = new();

    private TextRowSink(Stream output, IReadOnlyList<string> names, bool csv)
    {
        _output = output;
        _names = names;
        if (csv)
        {
            _csv = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        }
    }

    public long Rows { get; private set; }

    public static async Task<TextRowSink> CsvAsync(Stream output, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var sink = new TextRowSink(output, names, csv: true);
        await sink._csv!.WriteLineAsync(string.Join(',', names.Select(CsvText.Quote)).AsMemory(), cancellationToken).ConfigureAwait(false);
        return sink;
    }

    public static TextRowSink Jsonl(Stream output, IReadOnlyList<string> names) => new(output, names, csv: false);

    public async Task WriteRowAsync(CellText cell, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_csv is not null)
        {
            _line.Clear();
            for (var i = 0; i < _names.Count; i++)
            {
                if (i > 0)
                {
                    _line.Append(',');
                }

                var text = cell(i, out var isNumber);
                _line.Append(text is null ? "" : isNumber ? text : CsvText.Quote(text));
            }

            await _csv.WriteLineAsync(_line, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await WriteJsonAsync(cell, cancellationToken).ConfigureAwait(false);
        }

        Rows++;
    }

    public async ValueTask DisposeAsync()
    {
        if (_csv is not null)
        {
            await _csv.DisposeAsync().ConfigureAwait(false);
        }

        await _buffer.DisposeAsync().ConfigureAwait(false);
    }

    private async Task WriteJsonAsync(CellText cell, CancellationToken cancellationToken)
    {
        _buffer.SetLength(0);
        using (var json = new Utf8JsonWriter(_buffer, Json))
        {
            json.WriteStartObject();
            for (var i = 0; i < _names.Count; i++)
            {
                var text = cell(i, out var isNumber);
                json.WritePropertyName(_names[i]);
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

        _buffer.WriteByte((byte)'\n');
        await _output.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken).ConfigureAwait(false);
    }
}
