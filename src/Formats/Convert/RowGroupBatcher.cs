using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>Collects rows and writes them as a row group each time <paramref name="size"/> are in hand; one group in memory at a time.</summary>
internal sealed class RowGroupBatcher<TRow>(ParquetWriter writer, int size, Func<List<TRow>, List<ParquetColumnData>> columns)
{
    private readonly List<TRow> _rows = new(Math.Min(size, 1 << 16));
    private long _written;

    public async Task AddAsync(TRow row, CancellationToken cancellationToken)
    {
        _rows.Add(row);
        if (_rows.Count == size)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes what is left (an empty group for an empty input, so the file still has its schema) and the footer.</summary>
    public async Task<long> CompleteAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count > 0 || _written == 0)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return _written;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await writer.WriteRowGroupAsync(columns(_rows), cancellationToken).ConfigureAwait(false);
        _written += _rows.Count;
        _rows.Clear();
    }
}
