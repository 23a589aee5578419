namespace ValueAtlas.Formats.Parquet;

/// <summary>One column chunk as the footer describes it; Min and Max are typed values (null when absent or unreadable).</summary>
public sealed record ParquetColumnChunkInfo(
    string Name,
    string Codec,
    IReadOnlyList<string> Encodings,
    long ValueCount,
    long CompressedSize,
    long UncompressedSize,
    long? NullCount,
    object? Min,
    object? Max)
{
    /// <summary>The column chunk's own key/value metadata, if its writer gave it any.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> KeyValueMetadata { get; init; } = [];
}
