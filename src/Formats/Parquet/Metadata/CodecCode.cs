namespace ValueAtlas.Formats.Parquet.Metadata;

/// <summary>CompressionCodec codes from parquet.thrift.</summary>
internal static class CodecCode
{
    public const int Uncompressed = 0;
    public const int Snappy = 1;
    public const int Gzip = 2;

    public static string Name(int code) => code switch
    {
        Uncompressed => "UNCOMPRESSED",
        Snappy => "SNAPPY",
        Gzip => "GZIP",
        3 => "LZO",
        4 => "BROTLI",
        5 => "LZ4",
        6 => "ZSTD",
        7 => "LZ4_RAW",
        _ => "CODEC_" + code,
    };
}
