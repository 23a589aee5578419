using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// Rewrites a Parquet file with another codec or row-group size; a source row group is split, never merged. Key/value
/// metadata (the file's and its columns') comes along, except Arrow's and pandas' own schemas, which describe the
/// source's physical types rather than ours.
/// </summary>
public static class ParquetToParquet
{
    private static readonly HashSet<string> WriterSchemas = new(["ARROW:schema", "pandas"], StringComparer.Ordinal);

    public static async Task<long> WriteAsync(ParquetReader reader, string path, ParquetWriterOptions options, int rowGroupSize, CancellationToken cancellationToken)
    {
        var columns = reader.Info.RowGroups.FirstOrDefault()?.Columns ?? [];
        options = options with
        {
            KeyValueMetadata = [.. options.KeyValueMetadata, .. reader.Info.KeyValueMetadata.Where(p => !WriterSchemas.Contains(p.Key)).Select(p => new KeyValuePair<string, string>(p.Key, p.Value ?? ""))],
            ColumnMetadata = columns.Where(c => c.KeyValueMetadata.Count > 0).ToDictionary(
                c => c.Name, c => (IReadOnlyDictionary<string, string>)c.KeyValueMetadata.ToDictionary(p => p.Key, p => p.Value ?? "", StringComparer.Ordinal), StringComparer.Ordinal),
        };
        await using var writer = ParquetWriter.Create(path, reader.Schema, options);
        long rows = 0;
        await foreach (var group in reader.ReadRowGroupsAsync(cancellationToken).ConfigureAwait(false))
        {
            var count = group.Count == 0 ? 0 : group[0].Count;
            for (var start = 0; start < count || (start == 0 && rows == 0); start += rowGroupSize)
            {
                var length = Math.Min(rowGroupSize, count - start);
                await writer.WriteRowGroupAsync([.. group.Select(c => Slice(c, start, length))], cancellationToken).ConfigureAwait(false);
                rows += length;
                if (count == 0)
                {
                    break;
                }
            }
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static ParquetColumnData Slice(ParquetColumnData column, int start, int length)
    {
        if (start == 0 && length == column.Count)
        {
            return column;
        }

        var values = Array.CreateInstance(column.Values.GetType().GetElementType()!, length);
        Array.Copy(column.Values, start, values, 0, length);
        return new ParquetColumnData(values, column.IsNull?[start..(start + length)]);
    }
}
