using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// Fills typed column buffers row by row and writes a row group each time it is full: after <c>size</c> rows, or
/// sooner when that many rows of a wide table would pass <see cref="MaxBufferedBytes"/> (100,000 rows × 520 columns
/// would hold about half a gigabyte), so memory does not grow with the width times the requested size. Two sets of
/// buffers take turns: while one row group is encoded and compressed on another thread, the next one is filled, so
/// parsing and writing share the machine's cores.
/// </summary>
internal sealed class RowGroupBatcher : IAsyncDisposable
{
    /// <summary>About what one row group may hold in memory before it is written (two are held at a time).</summary>
    public const long MaxBufferedBytes = 48L << 20;

    /// <summary>
    /// Measured on a 4 GB CSV: what is live stays under 200 MB, yet the runtime let the heap grow past 400 MB
    /// resident as the footer's metadata piled up in the oldest generation; a collection once the heap passes this
    /// keeps the peak flat for a few seconds in ninety.
    /// </summary>
    private const long HeapCeiling = 256L << 20;

    private readonly ParquetWriter _writer;
    private readonly ColumnBuffer[][] _sets;
    private ColumnBuffer[] _columns;
    private Task _writing = Task.CompletedTask;
    private int _rows;
    private long _written;

    public RowGroupBatcher(ParquetWriter writer, IReadOnlyList<ParquetColumn> schema, int size, CsvMissingValues? missing = null)
    {
        _writer = writer;
        var bytesPerRow = Math.Max(1, schema.Sum(c => ColumnBuffer.BytesPerRow(c.Type)));
        Size = (int)Math.Clamp(MaxBufferedBytes / bytesPerRow, 1, size);
        _sets = [[.. schema.Select(c => ColumnBuffer.For(c, Size, missing))], [.. schema.Select(c => ColumnBuffer.For(c, Size, missing))]];
        _columns = _sets[0];
    }

    /// <summary>Rows per row group.</summary>
    public int Size { get; }

    /// <summary>The row being filled.</summary>
    public int Row => _rows;

    public ColumnBuffer this[int column] => _columns[column];

    public async Task EndRowAsync(CancellationToken cancellationToken)
    {
        if (++_rows == Size)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes what is left (an empty group for an empty input, so the file still has its schema) and the footer.</summary>
    public async Task<long> CompleteAsync(CancellationToken cancellationToken)
    {
        if (_rows > 0 || _written == 0)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await _writing.ConfigureAwait(false);
        await _writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return _written;
    }

    /// <summary>Waits for a row group still being written when the conversion stops early; its error, if any, is the writer's to report.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _writing.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The failure that stopped the conversion is already on its way up; this one followed from it.
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        // One row group is written at a time, in order; its failure surfaces here or at completion.
        await _writing.ConfigureAwait(false);
        if (GC.GetTotalMemory(forceFullCollection: false) > HeapCeiling)
        {
            GC.Collect();
        }

        var group = _columns.Select(c => c.Take(_rows)).ToArray();
        _writing = Task.Run(() => _writer.WriteRowGroupAsync(group, cancellationToken), cancellationToken);
        _written += _rows;
        _rows = 0;
        _columns = _columns == _sets[0] ? _sets[1] : _sets[0];
    }
}
