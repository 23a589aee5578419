namespace ValueAtlas.Formats.Parquet;

public sealed record ParquetRowGroupInfo(long RowCount, long CompressedSize, IReadOnlyList<ParquetColumnChunkInfo> Columns);
