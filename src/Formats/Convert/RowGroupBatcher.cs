using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>Fills typed column buffers row by row and writes a row group each time <paramref name="size"/> rows are in.</summary>
internal sealed class RowGroupBatcher(ParquetWriter writer, IReadOnlyList<ParquetColumn> schema, int size)
{
    private readonly ColumnBuffer[] _columns = [.. schema.Select(c => ColumnBuffer.For(c.Type))];
    private int _rows;
    private long _written;

    /// <summary>The row being filled.</summary>
    public int Row => _rows;

    public ColumnBuffer this[int column] => _columns[column];

    public async Task EndRowAsync(CancellationToken cancellationToken)
    {
        if (++_rows == size)
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

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return _written;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await writer.WriteRowGroupAsync([.. _columns.Select(c => c.Take(_rows))], cancellationToken).ConfigureAwait(false);
        _written += _rows;
        _rows = 0;
    }
}
