namespace ValueAtlas.Formats.Parquet;

/// <summary>What the footer of a Parquet file says, for inspection without reading any data page.</summary>
public sealed record ParquetFileInfo(
    string Path,
    long RowCount,
    IReadOnlyList<ParquetColumn> Schema,
    IReadOnlyList<ParquetRowGroupInfo> RowGroups,
    IReadOnlyList<KeyValuePair<string, string?>> KeyValueMetadata,
    string? CreatedBy);
