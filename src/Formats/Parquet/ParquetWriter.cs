using System.Buffers.Binary;
using ValueAtlas.Formats.Parquet.Metadata;
using ValueAtlas.Formats.Parquet.Pages;

namespace ValueAtlas.Formats.Parquet;

/// <summary>
/// Writes a Parquet file of flat columns, one row group per <see cref="WriteRowGroupAsync"/> call. The file appears at
/// its path only when <see cref="CompleteAsync"/> succeeds: until then it is a temp file in the same folder (so the final
/// rename stays on one file system), deleted on any failure or on disposal without completion.
/// </summary>
public sealed class ParquetWriter : IAsyncDisposable
{
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    private readonly string _path;
    private readonly string _tempPath;
    private readonly IReadOnlyList<ParquetColumn> _schema;
    private readonly ParquetWriterOptions _options;
    private readonly FileStream _stream;
    private readonly List<RowGroup> _rowGroups = [];
    private long _rowCount;
    private bool _finished;

    private ParquetWriter(string path, IReadOnlyList<ParquetColumn> schema, ParquetWriterOptions options)
    {
        _path = Path.GetFullPath(path);
        _schema = schema;
        _options = options;
        _tempPath = Path.Combine(Path.GetDirectoryName(_path)!, $".{Path.GetFileName(_path)}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(_tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        _stream.Write(Magic);
    }

    public static ParquetWriter Create(string path, IReadOnlyList<ParquetColumn> schema, ParquetWriterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.Count == 0)
        {
            throw new ArgumentException("A Parquet file needs at least one column.", nameof(schema));
        }

        var duplicate = schema.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Column '{duplicate.Key}' appears twice.", nameof(schema));
        }

        return new ParquetWriter(path, schema, options ?? new ParquetWriterOptions());
    }

    /// <summary>Writes a whole file in one call: one row group per element of <paramref name="rowGroups"/>.</summary>
    public static async Task WriteAsync(
        string path,
        IReadOnlyList<ParquetColumn> schema,
        IEnumerable<IReadOnlyList<ParquetColumnData>> rowGroups,
        ParquetWriterOptions? options,
        CancellationToken cancellationToken)
    {
        await using var writer = Create(path, schema, options);
        foreach (var group in rowGroups)
        {
            await writer.WriteRowGroupAsync(group, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>Columns in schema order, all of the same length. Any failure abandons the file.</summary>
    public async Task WriteRowGroupAsync(IReadOnlyList<ParquetColumnData> columns, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            Validate(columns);
            var start = _stream.Position;
            var chunks = new List<ColumnChunk>(columns.Count);
            for (var i = 0; i < columns.Count; i++)
            {
                chunks.Add(await ColumnChunkWriter.WriteAsync(_stream, _schema[i], columns[i], _options, cancellationToken));
            }

            var rows = columns[0].Count;
            var uncompressed = chunks.Sum(c => c.MetaData!.TotalUncompressedSize);
            _rowGroups.Add(new RowGroup(chunks, uncompressed, rows, start, _stream.Position - start));
            _rowCount += rows;
        }
        catch
        {
            await AbandonAsync();
            throw;
        }
    }

    /// <summary>Writes the footer and moves the file into place, replacing any file there.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            var schema = new List<SchemaElement> { new("schema", NumChildren: _schema.Count) };
            schema.AddRange(_schema.Select(SchemaMapping.ToElement));
            var pairs = _options.KeyValueMetadata.Select(p => new KeyValue(p.Key, p.Value)).ToList();
            var footer = new FileMetaData(1, schema, _rowCount, _rowGroups, pairs, _options.CreatedBy).Serialize();
            var length = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(length, footer.Length);
            await _stream.WriteAsync(footer, cancellationToken);
            await _stream.WriteAsync(length, cancellationToken);
            await _stream.WriteAsync(Magic, cancellationToken);
            await _stream.FlushAsync(cancellationToken);
            await _stream.DisposeAsync();
            File.Move(_tempPath, _path, overwrite: true);
            _finished = true;
        }
        catch
        {
            await AbandonAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            await AbandonAsync();
        }
    }

    private void Validate(IReadOnlyList<ParquetColumnData> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count != _schema.Count)
        {
            throw new ArgumentException($"Expected {_schema.Count} columns, got {columns.Count}.", nameof(columns));
        }

        for (var i = 0; i < columns.Count; i++)
        {
            var column = _schema[i];
            var data = columns[i];
            if (data.Type != column.Type)
            {
                throw new ArgumentException($"Column '{column.Name}' is {column.Type} but was given {data.Type} values.", nameof(columns));
            }

            if (data.Count != columns[0].Count)
            {
                throw new ArgumentException($"Column '{column.Name}' has {data.Count} rows, column '{_schema[0].Name}' has {columns[0].Count}.", nameof(columns));
            }

            if (!column.Optional && data.NullCount > 0)
            {
                throw new ArgumentException($"Column '{column.Name}' is required but has {data.NullCount} nulls.", nameof(columns));
            }
        }
    }

    private async Task AbandonAsync()
    {
        _finished = true;
        await _stream.DisposeAsync();
        File.Delete(_tempPath);
    }
}
