namespace ValueAtlas.Formats.Parquet.Metadata;

/// <summary>Codes from parquet.thrift, kept as ints because files may carry codes newer than this list.</summary>
internal static class EncodingCode
{
    public const int Plain = 0;
    public const int PlainDictionary = 2;
    public const int Rle = 3;
    public const int BitPacked = 4;
    public const int DeltaBinaryPacked = 5;
    public const int DeltaLengthByteArray = 6;
    public const int DeltaByteArray = 7;
    public const int RleDictionary = 8;
    public const int ByteStreamSplit = 9;

    public static string Name(int code) => code switch
    {
        Plain => "PLAIN",
        PlainDictionary => "PLAIN_DICTIONARY",
        Rle => "RLE",
        BitPacked => "BIT_PACKED",
        DeltaBinaryPacked => "DELTA_BINARY_PACKED",
        DeltaLengthByteArray => "DELTA_LENGTH_BYTE_ARRAY",
        DeltaByteArray => "DELTA_BYTE_ARRAY",
        RleDictionary => "RLE_DICTIONARY",
        ByteStreamSplit => "BYTE_STREAM_SPLIT",
        _ => "ENCODING_" + code,
    };
}
