namespace ValueAtlas.Formats.Parquet;

public sealed record ParquetWriterOptions
{
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;

    /// <summary>Written to the footer's key_value_metadata (DuckDB: <c>parquet_kv_metadata</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> KeyValueMetadata { get; init; } = [];

    /// <summary>Key/value metadata of each column chunk, by column name; columns not named get none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ColumnMetadata { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>
    /// Dictionary-encode a string column chunk when at most this share of its values are distinct (survey labels
    /// repeat); 0 turns dictionary encoding off.
    /// </summary>
    public double MaxDictionaryUniqueness { get; init; } = 0.8;
}
