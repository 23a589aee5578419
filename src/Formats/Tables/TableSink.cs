using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Tables;

/// <summary>
/// Writes one table as <c>NAME.parquet</c> (and <c>NAME.csv</c> or <c>NAME.jsonl</c>) in a folder, row groups of at most
/// <see cref="RowGroupSize"/> rows, so the long respondents table streams. Both files are temp files until
/// <see cref="CompleteAsync"/>; disposing without completing leaves nothing.
/// </summary>
public sealed class TableSink<TRow> : IAsyncDisposable
{
    public const int RowGroupSize = 100_000;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IReadOnlyList<TableColumn<TRow>> _columns;
    private readonly ParquetWriter _parquet;
    private readonly TableFormat _format;
    private readonly string? _textPath;
    private readonly string? _textTemp;
    private readonly StreamWriter? _text;
    private readonly List<TRow> _buffer = [];

    // One buffer and writer for every JSONL row: a respondents table has millions.
    private readonly ArrayBufferWriter<byte> _jsonBuffer = new(1024);
    private Utf8JsonWriter? _json;
    private bool _completed;

    public TableSink(string folder, string name, IReadOnlyList<TableColumn<TRow>> columns, TableFormat format)
    {
        _columns = columns;
        Directory.CreateDirectory(folder);
        _parquet = ParquetWriter.Create(
            Path.Combine(folder, name + ".parquet"),
            [.. columns.Select(c => new ParquetColumn(c.Name, c.Type, c.Optional))]);
        _format = format;
        if (format != TableFormat.Parquet)
        {
            _textPath = Path.GetFullPath(Path.Combine(folder, name + (format == TableFormat.ParquetAndCsv ? ".csv" : ".jsonl")));
            _textTemp = $"{_textPath}.{Guid.NewGuid():N}.tmp";
            _text = new StreamWriter(_textTemp, append: false, Utf8NoBom, 1 << 16);
            if (format == TableFormat.ParquetAndCsv)
            {
                _text.Write(string.Join(',', columns.Select(c => c.Name)));
                _text.Write('\n');
            }
        }
    }

    public long Rows { get; private set; }

    public async ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        _buffer.Add(row);
        Rows++;
        if (_format == TableFormat.ParquetAndCsv)
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                if (i > 0)
                {
                    _text!.Write(',');
                }

                _text!.Write(CsvCell(_columns[i].Get(row)));
            }

            _text!.Write('\n');
        }
        else if (_format == TableFormat.ParquetAndJsonl)
        {
            _text!.Write(JsonLine(row));
            _text.Write('\n');
        }

        if (_buffer.Count >= RowGroupSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task AddAllAsync(IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            await AddAsync(row, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        // An empty table still gets one (empty) row group, so readers see its columns.
        if (_buffer.Count > 0 || Rows == 0)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await _parquet.CompleteAsync(cancellationToken).ConfigureAwait(false);
        if (_text is not null)
        {
            await _text.FlushAsync(cancellationToken).ConfigureAwait(false);
            await _text.DisposeAsync().ConfigureAwait(false);
            File.Move(_textTemp!, _textPath!, overwrite: true);
        }

        _completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        _json?.Dispose();
        await _parquet.DisposeAsync().ConfigureAwait(false);
        if (_text is not null && !_completed)
        {
            await _text.DisposeAsync().ConfigureAwait(false);
            File.Delete(_textTemp!);
        }
    }

    /// <summary>Writes a whole small table in one call.</summary>
    public static async Task WriteAsync(
        string folder, string name, IReadOnlyList<TableColumn<TRow>> columns, IEnumerable<TRow> rows, TableFormat format, CancellationToken cancellationToken)
    {
        await using var sink = new TableSink<TRow>(folder, name, columns, format);
        await sink.AddAllAsync(rows, cancellationToken).ConfigureAwait(false);
        await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var data = new ParquetColumnData[_columns.Count];
        for (var i = 0; i < _columns.Count; i++)
        {
            data[i] = Column(_columns[i], _buffer);
        }

        await _parquet.WriteRowGroupAsync(data, cancellationToken).ConfigureAwait(false);
        _buffer.Clear();
    }

    private static ParquetColumnData Column(TableColumn<TRow> column, List<TRow> rows) => column.Type switch
    {
        ParquetType.String => ParquetColumnData.Of([.. rows.Select(r => (string?)column.Get(r))]),
        ParquetType.Int32 => ParquetColumnData.Of([.. rows.Select(r => (int?)column.Get(r))]),
        ParquetType.Int64 => ParquetColumnData.Of([.. rows.Select(r => (long?)column.Get(r))]),
        ParquetType.Double => ParquetColumnData.Of([.. rows.Select(r => (double?)column.Get(r))]),
        ParquetType.Boolean => ParquetColumnData.Of([.. rows.Select(r => (bool?)column.Get(r))]),
        _ => throw new NotSupportedException($"Column {column.Name}: {column.Type} is not a table column type (string, int32, int64, double, boolean)."),
    };

    // Korean text and quotes stay readable in the copy: only what JSON itself requires is escaped (the copy is never inlined into HTML).
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private string JsonLine(TRow row)
    {
        _jsonBuffer.ResetWrittenCount();
        var json = _json ??= new Utf8JsonWriter(_jsonBuffer, JsonOptions);
        json.Reset(_jsonBuffer);
        json.WriteStartObject();
        foreach (var column in _columns)
        {
            json.WritePropertyName(column.Name);
            WriteValue(json, column.Get(row));
        }

        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(_jsonBuffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case null or double:
                json.WriteNullValue();
                break;
            default:
                json.WriteStringValue(System.Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string CsvCell(object? value) => value switch
    {
        null => "",
        string text => text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
