using Parquet.Meta;

namespace ValueAtlas.Formats.Parquet;

/// <summary>The row groups a footer describes must fit the file before any page is read.</summary>
internal static class ParquetFooterValidation
{
    // Some writers store dictionary_page_offset = 0 for "none", so only an offset before the data pages counts.
    public static long ChunkStart(ColumnMetaData meta) =>
        meta.DictionaryPageOffset is { } d && d > 0 && d < meta.DataPageOffset ? d : meta.DataPageOffset;

    public static void Check(string path, long footer, FileMetaData meta, int columns, long length)
    {
        var groups = meta.RowGroups ?? [];
        if (groups.Sum(g => g.NumRows) != meta.NumRows)
        {
            throw new FileFormatException(path, footer, $"row groups whose row counts add up to the file's {meta.NumRows} rows");
        }

        foreach (var group in groups)
        {
            if (group.Columns is null || group.Columns.Count != columns || group.NumRows < 0 || group.NumRows > int.MaxValue)
            {
                throw new FileFormatException(path, footer, $"row groups of {columns} column chunks and at most {int.MaxValue} rows");
            }

            // Writers leave the offsets of an empty row group's chunks at 0; nothing is read from them.
            foreach (var chunk in group.NumRows == 0 ? [] : group.Columns)
            {
                var m = chunk.MetaData;
                if (m is null || chunk.FilePath is not null)
                {
                    throw new FileFormatException(path, footer, "column metadata inside this file (no external column chunks)");
                }

                var start = ChunkStart(m);
                if (start < 4 || m.TotalCompressedSize <= 0 || m.TotalCompressedSize > int.MaxValue || start + m.TotalCompressedSize > footer)
                {
                    throw new FileFormatException(path, footer, $"column chunk '{string.Join('.', m.PathInSchema ?? [])}' within the file (offset {start}, {m.TotalCompressedSize} bytes)");
                }
            }
        }
    }
}
