using Parquet;
using Parquet.Schema;
using NetWriter = Parquet.ParquetWriter;

namespace ValueAtlas.Formats.Parquet;

/// <summary>
/// Writes a Parquet file of flat columns through Parquet.Net, one row group per <see cref="WriteRowGroupAsync"/> call.
/// The file appears at its path only when <see cref="CompleteAsync"/> succeeds: until then it is a temp file in the same
/// folder (so the final rename stays on one file system), deleted on any failure or on disposal without completion.
/// </summary>
public sealed class ParquetWriter : IAsyncDisposable
{
    private readonly string _path;
    private readonly string _tempPath;
    private readonly IReadOnlyList<ParquetColumn> _schema;
    private readonly DataField[] _fields;
    private readonly ParquetWriterOptions _options;
    private readonly FileStream _stream;
    private NetWriter? _writer;
    private bool _finished;

    private ParquetWriter(string path, IReadOnlyList<ParquetColumn> schema, ParquetWriterOptions options)
    {
        _path = Path.GetFullPath(path);
        _schema = schema;
        _fields = [.. schema.Select(ParquetSchemaMapping.ToField)];
        _options = options;
        _tempPath = Path.Combine(Path.GetDirectoryName(_path)!, $".{Path.GetFileName(_path)}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(_tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: false);
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
            await writer.WriteRowGroupAsync(group, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Columns in schema order, all of the same length. Any failure abandons the file.</summary>
    public async Task WriteRowGroupAsync(IReadOnlyList<ParquetColumnData> columns, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            Validate(columns);
            var writer = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var group = writer.CreateRowGroup();
            for (var i = 0; i < columns.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var metadata = _options.ColumnMetadata.TryGetValue(_schema[i].Name, out var pairs) ? new Dictionary<string, string>(pairs) : null;
                await ParquetColumnWriter.WriteAsync(group, _fields[i], _schema[i], columns[i], metadata, cancellationToken).ConfigureAwait(false);
            }

            group.CompleteValidate();
        }
        catch
        {
            await AbandonAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Writes the footer and moves the file into place, replacing any file there.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            var writer = await OpenAsync(cancellationToken).ConfigureAwait(false);
            writer.CustomMetadata = _options.KeyValueMetadata.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            await writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            await _stream.DisposeAsync().ConfigureAwait(false);
            File.Move(_tempPath, _path, overwrite: true);
            _finished = true;
        }
        catch
        {
            await AbandonAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            await AbandonAsync().ConfigureAwait(false);
        }
    }

    private async Task<NetWriter> OpenAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            return _writer;
        }

        var options = new ParquetOptions
        {
            CompressionMethod = _options.Compression switch
            {
                ParquetCompression.None => CompressionMethod.None,
                ParquetCompression.Gzip => CompressionMethod.Gzip,
                ParquetCompression.Zstd => CompressionMethod.Zstd,
                _ => CompressionMethod.Snappy,
            },
            DictionaryEncodingThreshold = _options.MaxDictionaryUniqueness,

            // A column whose first values are already too varied is not scanned in full for a dictionary.
            DictionaryEncodingSampleSize = 10_000,

            // Parquet.Net keeps up to 80 MB of freed page buffers by default; a page here is a few hundred KB.
            MaximumSmallPoolFreeBytes = 4 << 20,
            MaximumLargePoolFreeBytes = 8 << 20,
        };
        for (var i = 0; i < _fields.Length; i++)
        {
            // Survey codes are small integers: delta-encoded they take a few bits each instead of eight bytes.
            var hint = _schema[i].Type switch
            {
                ParquetType.String when _options.MaxDictionaryUniqueness > 0 => EncodingHint.Dictionary,
                ParquetType.Int32 or ParquetType.Int64 or ParquetType.Timestamp or ParquetType.Time => EncodingHint.DeltaBinaryPacked,
                _ => EncodingHint.Default,
            };
            options.ColumnEncodingHints[_fields[i].Path.ToString()] = hint;
        }

        _writer = await NetWriter.CreateAsync(new ParquetSchema(_fields), _stream, options, append: false, cancellationToken).ConfigureAwait(false);
        TimestampPatch.Apply(_writer, _schema);
        return _writer;
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
        try
        {
            if (_writer is not null)
            {
                await _writer.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Its footer goes to a file about to be deleted; what matters is the error that brought us here.
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
        File.Delete(_tempPath);
    }
}
