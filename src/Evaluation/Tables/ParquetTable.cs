using System.Runtime.CompilerServices;
using ValueAtlas.Formats;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Evaluation.Tables;

/// <summary>A Parquet table's row groups, columns by name. A damaged file is an <see cref="InvalidDataException"/> naming the file and byte offset.</summary>
internal static class ParquetTable
{
    public static async IAsyncEnumerable<TableRows> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = await Open(path, cancellationToken).ConfigureAwait(false);
        var names = reader.Schema.Select(c => c.Name).ToList();
        long first = 0;
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            IReadOnlyList<ParquetColumnData> columns;
            try
            {
                columns = await reader.ReadRowGroupAsync(group, cancellationToken).ConfigureAwait(false);
            }
            catch (FileFormatException e)
            {
                throw new InvalidDataException(e.Message, e);
            }

            var rows = new ParquetRows(path, names, columns, first);
            first += rows.Count;
            yield return rows;
        }

        // A file with no row group still has its columns, so a missing one is reported as such.
        if (reader.RowGroupCount == 0)
        {
            yield return new ParquetRows(path, names, [], 0);
        }
    }

    private static async Task<ParquetReader> Open(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await ParquetReader.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (FileFormatException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }
}
