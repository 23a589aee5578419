using System.Runtime.CompilerServices;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;
using NetReader = Parquet.ParquetReader;

namespace ValueAtlas.Formats.Parquet;

/// <summary>
/// Reads flat Parquet files through Parquet.Net into the types of <see cref="ParquetType"/>. Bad input of any kind is
/// reported as a <see cref="FileFormatException"/> naming the file, the byte offset and what was expected there; a
/// column of a type we do not read is refused by name before any data is read.
/// </summary>
public sealed class ParquetReader : IDisposable
{
    private readonly FileStream _stream;
    private readonly NetReader _reader;
    private readonly DataField[] _fields;
    private readonly SchemaElement[] _elements;
    private readonly FileMetaData _meta;

    private ParquetReader(string path, FileStream stream, NetReader reader, FileMetaData meta, DataField[] fields, SchemaElement[] elements, IReadOnlyList<ParquetColumn> schema)
    {
        Path = path;
        _stream = stream;
        _reader = reader;
        _meta = meta;
        _elements = elements;

        // Attached to a schema of their own so that Parquet.Net gives them their definition levels.
        _fields = new ParquetSchema(fields.Select((f, i) => (Field)ParquetColumnReader.ReadField(f, elements[i]))).DataFields;
        Schema = schema;
        Info = ParquetInfo.Build(path, meta, schema, elements);
    }

    public string Path { get; }

    public IReadOnlyList<ParquetColumn> Schema { get; }

    public long RowCount => _meta.NumRows;

    public int RowGroupCount => _reader.RowGroupCount;

    public ParquetFileInfo Info { get; }

    public static async Task<ParquetReader> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var footer = ParquetFooterCheck.Check(path, stream);
            try
            {
                var reader = await NetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, leaveStreamOpen: true, cancellationToken)
                    .ConfigureAwait(false);
                var meta = reader.Metadata ?? throw new FileFormatException(path, footer, "file metadata");
                var (fields, elements, schema) = ReadSchema(path, footer, reader, meta);
                ParquetFooterValidation.Check(path, footer, meta, fields.Length, stream.Length);
                return new ParquetReader(path, stream, reader, meta, fields, elements, schema);
            }
            catch (Exception e) when (e is not OperationCanceledException and not FileFormatException)
            {
                // Parquet.Net reports a damaged footer with whatever exception its parser met.
                throw new FileFormatException(path, footer, "file metadata Parquet.Net can parse: " + e.Message, e);
            }
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Inspects a file's footer without keeping it open.</summary>
    public static async Task<ParquetFileInfo> InspectAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = await OpenAsync(path, cancellationToken).ConfigureAwait(false);
        return reader.Info;
    }

    /// <summary>The columns of one row group, in schema order.</summary>
    public async Task<IReadOnlyList<ParquetColumnData>> ReadRowGroupAsync(int index, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RowGroupCount);
        var group = _reader.OpenRowGroupReader(index);
        var result = new List<ParquetColumnData>(Schema.Count);
        for (var c = 0; c < Schema.Count; c++)
        {
            try
            {
                var data = await ParquetColumnReader.ReadAsync(group, _fields[c], _elements[c], Schema[c], cancellationToken).ConfigureAwait(false);
                if (data.Count != group.RowCount)
                {
                    throw new InvalidDataException($"{data.Count} values for {group.RowCount} rows");
                }

                result.Add(data);
            }
            catch (Exception e) when (e is not OperationCanceledException and not FileFormatException)
            {
                var chunk = _meta.RowGroups[index].Columns[c].MetaData!;
                var what = e is ArgumentOutOfRangeException && Schema[c].Type == ParquetType.Timestamp
                    ? $"timestamps within the years 1 to 9999 in column '{Schema[c].Name}' of row group {index} (one lies outside what .NET's DateTime holds)"
                    : $"readable data in column '{Schema[c].Name}' of row group {index}: {e.Message}";
                throw new FileFormatException(Path, ParquetFooterValidation.ChunkStart(chunk), what, e);
            }
        }

        return result;
    }

    public async IAsyncEnumerable<IReadOnlyList<ParquetColumnData>> ReadRowGroupsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < RowGroupCount; i++)
        {
            yield return await ReadRowGroupAsync(i, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        // Parquet.Net's reader was opened with leaveStreamOpen and holds nothing else to release synchronously.
        _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }

    private static (DataField[] Fields, SchemaElement[] Elements, IReadOnlyList<ParquetColumn> Schema) ReadSchema(string path, long footer, NetReader reader, FileMetaData meta)
    {
        var nested = reader.Schema.Fields.FirstOrDefault(f => f is not DataField);
        if (nested is not null)
        {
            throw new FileFormatException(path, footer, $"a flat schema, but column '{nested.Name}' is a {nested.SchemaType.ToString().ToLowerInvariant()}");
        }

        var fields = reader.Schema.DataFields;
        var elements = meta.Schema.Where(e => e.Type is not null).ToArray();
        if (elements.Length != fields.Length)
        {
            throw new FileFormatException(path, footer, $"{fields.Length} leaf columns in the schema, found {elements.Length}");
        }

        return (fields, elements, fields.Select((f, i) => ParquetSchemaMapping.FromField(path, footer, f, elements[i])).ToList());
    }
}
