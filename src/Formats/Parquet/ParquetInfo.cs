using Parquet.Meta;

namespace ValueAtlas.Formats.Parquet;

/// <summary>What <c>inspect</c> shows, taken from the footer Parquet.Net parsed.</summary>
internal static class ParquetInfo
{
    public static ParquetFileInfo Build(string path, FileMetaData meta, IReadOnlyList<ParquetColumn> schema, SchemaElement[] elements)
    {
        var groups = (meta.RowGroups ?? []).Select(g => new ParquetRowGroupInfo(
            g.NumRows,
            g.Columns.Sum(c => c.MetaData!.TotalCompressedSize),
            [.. g.Columns.Select((c, i) => Chunk(c.MetaData!, schema[i], elements[i]))])).ToList();
        var pairs = (meta.KeyValueMetadata ?? []).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();
        return new ParquetFileInfo(path, meta.NumRows, schema, groups, pairs, meta.CreatedBy);
    }

    private static ParquetColumnChunkInfo Chunk(ColumnMetaData m, ParquetColumn column, SchemaElement element) => new(
        column.Name,
        m.Codec.ToString(),
        [.. (m.Encodings ?? []).Select(e => e.ToString())],
        m.NumValues,
        m.TotalCompressedSize,
        m.TotalUncompressedSize,
        m.Statistics?.NullCount,
        ParquetStatistics.Min(m.Statistics, column, element),
        ParquetStatistics.Max(m.Statistics, column, element))
    {
        KeyValueMetadata = [.. (m.KeyValueMetadata ?? []).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))],
    };
}
