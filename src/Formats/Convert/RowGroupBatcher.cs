using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// Fills typed column buffers row by row and writes a row group each time it is full: after <c>size</c> rows, or
/// sooner when that many rows of a wide table would pass <see cref="MaxBufferedBytes"/> (100,000 rows × 520 columns
/// would hold about half a gigabyte), so memory does not grow with the width times the requested size.
/// </summary>
internal sealed class RowGroupBatcher
{
    /// <summary>About what one row group may hold in memory before it is written.</summary>
    public const long MaxBufferedBytes = 64L << 20;

    private readonly ParquetWriter _writer;
    private readonly ColumnBuffer[] _columns;
    private int _rows;
    private long _written;

    public RowGroupBatcher(ParquetWriter writer, IReadOnlyList<ParquetColumn> schema, int size, CsvMissingValues? missing = null)
    {
        _writer = writer;
        var bytesPerRow = Math.Max(1, schema.Sum(c => ColumnBuffer.BytesPerRow(c.Type)));
        Size = (int)Math.Clamp(MaxBufferedBytes / bytesPerRow, 1, size);
        _columns = [.. schema.Select(c => ColumnBuffer.For(c, Size, missing))];
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

        await _writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return _written;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writer.WriteRowGroupAsync([.. _columns.Select(c => c.Take(_rows))], cancellationToken).ConfigureAwait(false);
        _written += _rows;
        _rows = 0;
    }
}
