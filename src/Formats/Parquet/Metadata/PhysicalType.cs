namespace ValueAtlas.Formats.Parquet.Metadata;

/// <summary>Codes from parquet.thrift, kept as ints because files may carry codes newer than this list.</summary>
internal static class PhysicalType
{
    public const int Boolean = 0;
    public const int Int32 = 1;
    public const int Int64 = 2;
    public const int Int96 = 3;
    public const int Float = 4;
    public const int Double = 5;
    public const int ByteArray = 6;
    public const int FixedLenByteArray = 7;
}
