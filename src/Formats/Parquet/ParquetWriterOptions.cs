namespace ValueAtlas.Formats.Parquet;

public sealed record ParquetWriterOptions
{
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;

    /// <summary>Written to the footer's key_value_metadata in this order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> KeyValueMetadata { get; init; } = [];

    /// <summary>Dictionary-encode a string column chunk when it has at most this many distinct values; 0 turns it off.</summary>
    public int MaxDictionarySize { get; init; } = 4096;

    public string CreatedBy { get; init; } = "ValueAtlas";
}
