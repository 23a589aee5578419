using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;
using ValueAtlas.Formats.Parquet.Metadata;
using ValueAtlas.Formats.Parquet.Pages;
using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet;

/// <summary>
/// Reads Parquet files with a flat schema of the types in <see cref="ParquetType"/>. Bad input of any kind is reported as
/// a <see cref="FileFormatException"/> naming the file, the byte offset and what was expected there.
/// </summary>
public sealed class ParquetReader : IDisposable
{
    private const int TailLength = 8;

    private readonly SafeFileHandle _handle;
    private readonly FileMetaData _meta;
    private readonly int[] _timeUnits;

    private ParquetReader(string path, SafeFileHandle handle, FileMetaData meta, IReadOnlyList<ParquetColumn> schema, int[] timeUnits)
    {
        Path = path;
        _handle = handle;
        _meta = meta;
        Schema = schema;
        _timeUnits = timeUnits;
        Info = BuildInfo();
    }

    public string Path { get; }

    public IReadOnlyList<ParquetColumn> Schema { get; }

    public long RowCount => _meta.NumRows;

    public int RowGroupCount => _meta.RowGroups.Count;

    public ParquetFileInfo Info { get; }

    public static async Task<ParquetReader> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        try
        {
            var length = RandomAccess.GetLength(handle);
            var meta = await ReadFooterAsync(path, handle, length, cancellationToken);
            var (schema, units) = ReadSchema(path, meta, length);
            ValidateRowGroups(path, meta, schema.Count, length);
            return new ParquetReader(path, handle, meta, schema, units);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Inspects a file's footer without keeping it open.</summary>
    public static async Task<ParquetFileInfo> InspectAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = await OpenAsync(path, cancellationToken);
        return reader.Info;
    }

    /// <summary>The columns of one row group, in schema order.</summary>
    public async Task<IReadOnlyList<ParquetColumnData>> ReadRowGroupAsync(int index, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RowGroupCount);
        var group = _meta.RowGroups[index];
        var result = new List<ParquetColumnData>(Schema.Count);
        for (var c = 0; c < Schema.Count; c++)
        {
            var meta = group.Columns[c].MetaData!;
            var start = ChunkStart(meta);
            var chunk = new byte[meta.TotalCompressedSize];
            var read = await RandomAccess.ReadAsync(_handle, chunk, start, cancellationToken);
            if (read != chunk.Length)
            {
                throw new FileFormatException(Path, start + read, $"{chunk.Length} bytes of column chunk '{Schema[c].Name}'");
            }

            result.Add(new ColumnChunkReader(Path, chunk, start, meta, Schema[c], _timeUnits[c], (int)group.NumRows).Read());
        }

        return result;
    }

    public async IAsyncEnumerable<IReadOnlyList<ParquetColumnData>> ReadRowGroupsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < RowGroupCount; i++)
        {
            yield return await ReadRowGroupAsync(i, cancellationToken);
        }
    }

    public void Dispose() => _handle.Dispose();

    // Some writers store dictionary_page_offset = 0 for "none", so only an offset before the data pages counts.
    private static long ChunkStart(ColumnMetaData meta) =>
        meta.DictionaryPageOffset is { } d && d > 0 && d < meta.DataPageOffset ? d : meta.DataPageOffset;

    private static async Task<FileMetaData> ReadFooterAsync(string path, SafeFileHandle handle, long length, CancellationToken cancellationToken)
    {
        if (length < 4 + TailLength)
        {
            throw new FileFormatException(path, length, "a Parquet file of at least 12 bytes (magic, footer length, magic)");
        }

        var head = new byte[4];
        await RandomAccess.ReadAsync(handle, head, 0, cancellationToken);
        if (!head.AsSpan().SequenceEqual("PAR1"u8))
        {
            throw new FileFormatException(path, 0, "the magic bytes PAR1 at the start of a Parquet file");
        }

        var tail = new byte[TailLength];
        await RandomAccess.ReadAsync(handle, tail, length - TailLength, cancellationToken);
        if (!tail.AsSpan(4).SequenceEqual("PAR1"u8))
        {
            throw new FileFormatException(path, length - 4, "the magic bytes PAR1 at the end of a Parquet file (truncated or encrypted?)");
        }

        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footerLength <= 0 || footerLength > length - 4 - TailLength)
        {
            throw new FileFormatException(path, length - TailLength, $"a footer length from 1 to {length - 4 - TailLength}, not {footerLength}");
        }

        var footerStart = length - TailLength - footerLength;
        var footer = new byte[footerLength];
        await RandomAccess.ReadAsync(handle, footer, footerStart, cancellationToken);
        var reader = new ThriftCompactReader(footer, 0, footer.Length, path, footerStart);
        try
        {
            return FileMetaData.Read(reader);
        }
        catch (Exception e) when (e is not FileFormatException and not OperationCanceledException)
        {
            throw reader.Error("valid file metadata: " + e.Message);
        }
    }

    private static (IReadOnlyList<ParquetColumn> Schema, int[] TimeUnits) ReadSchema(string path, FileMetaData meta, long length)
    {
        var at = length - TailLength;
        if (meta.Schema.Count < 2 || meta.Schema[0].NumChildren != meta.Schema.Count - 1)
        {
            throw new FileFormatException(path, at, "a flat schema: a root element whose children are all the other elements");
        }

        var columns = new List<ParquetColumn>();
        var units = new int[meta.Schema.Count - 1];
        for (var i = 1; i < meta.Schema.Count; i++)
        {
            var element = meta.Schema[i];
            if (element.NumChildren is > 0 || element.Repetition == SchemaElement.Repeated)
            {
                throw new FileFormatException(path, at, $"a flat schema, but column '{element.Name}' is nested or repeated");
            }

            columns.Add(SchemaMapping.FromElement(element, out units[i - 1])
                ?? throw new FileFormatException(path, at, $"a supported type for column '{element.Name}' (string, int32, int64, double, boolean, date, timestamp)"));
        }

        return (columns, units);
    }

    private static void ValidateRowGroups(string path, FileMetaData meta, int columns, long length)
    {
        var at = length - TailLength;
        if (meta.RowGroups.Sum(g => g.NumRows) != meta.NumRows)
        {
            throw new FileFormatException(path, at, $"row groups whose row counts add up to the file's {meta.NumRows} rows");
        }

        foreach (var group in meta.RowGroups)
        {
            if (group.Columns.Count != columns || group.NumRows < 0 || group.NumRows > int.MaxValue)
            {
                throw new FileFormatException(path, at, $"row groups of {columns} column chunks and at most {int.MaxValue} rows");
            }

            foreach (var chunk in group.Columns)
            {
                var m = chunk.MetaData;
                if (m is null || chunk.FilePath is not null)
                {
                    throw new FileFormatException(path, at, "column metadata inside this file (no external column chunks)");
                }

                var start = ChunkStart(m);
                if (start < 4 || m.TotalCompressedSize <= 0 || m.TotalCompressedSize > int.MaxValue || start + m.TotalCompressedSize > length - TailLength)
                {
                    throw new FileFormatException(path, at, $"column chunk '{string.Join('.', m.Path)}' within the file (offset {start}, {m.TotalCompressedSize} bytes)");
                }
            }
        }
    }

    private ParquetFileInfo BuildInfo()
    {
        var groups = _meta.RowGroups.Select(g => new ParquetRowGroupInfo(
            g.NumRows,
            g.Columns.Sum(c => c.MetaData!.TotalCompressedSize),
            g.Columns.Select((c, i) => ChunkInfo(c.MetaData!, i)).ToList())).ToList();
        var pairs = _meta.KeyValueMetadata.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();
        return new ParquetFileInfo(Path, _meta.NumRows, Schema, groups, pairs, _meta.CreatedBy);
    }

    private ParquetColumnChunkInfo ChunkInfo(ColumnMetaData m, int column) => new(
        Schema[column].Name,
        CodecCode.Name(m.Codec),
        m.Encodings.Select(EncodingCode.Name).ToList(),
        m.NumValues,
        m.TotalCompressedSize,
        m.TotalUncompressedSize,
        m.Statistics?.NullCount,
        StatisticValue(m.Statistics?.Min, column),
        StatisticValue(m.Statistics?.Max, column));

    private object? StatisticValue(byte[]? bytes, int column)
    {
        if (bytes is null)
        {
            return null;
        }

        var type = Schema[column].Type;
        try
        {
            // A string statistic has no length prefix, unlike a PLAIN page value.
            return type == ParquetType.String
                ? System.Text.Encoding.UTF8.GetString(bytes)
                : PlainDecoder.Decode(type, _timeUnits[column], bytes, 1).GetValue(0);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or OverflowException)
        {
            return null;
        }
    }
}
