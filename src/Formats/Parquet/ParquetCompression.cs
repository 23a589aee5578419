namespace ValueAtlas.Formats.Parquet;

public enum ParquetCompression
{
    None,
    Snappy,
    Gzip,
    Zstd,
}
