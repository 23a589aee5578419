namespace ValueAtlas.Formats.Parquet;

public sealed record ParquetWriterOptions
{
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;

    /// <summary>Written to the footer's key_value_metadata in this order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> KeyValueMetadata { get; init; } = [];

    /// <summary>Dictionary-encode a string column chunk when it has at most this many distinct values; 0 turns it off.</summary>
    public int MaxDictionarySize { get; init; } = 4096;

    /// <summary>1 or 2. Only tests set 2: DuckDB writes v1 pages only, so v2 pages we write are how the reader's v2 path meets an independent check.</summary>
    internal int DataPageVersion { get; init; } = 1;

    public string CreatedBy { get; init; } = "ValueAtlas";
}
