namespace ValueAtlas.Formats.Parquet;

/// <summary>The column types this library writes and reads, with the .NET element type each uses in <see cref="ParquetColumnData"/>.</summary>
public enum ParquetType
{
    /// <summary>UTF-8 BYTE_ARRAY; values are <see cref="string"/>.</summary>
    String,

    /// <summary>INT32; values are <see cref="int"/>.</summary>
    Int32,

    /// <summary>INT64; values are <see cref="long"/>.</summary>
    Int64,

    /// <summary>DOUBLE; values are <see cref="double"/>.</summary>
    Double,

    /// <summary>BOOLEAN; values are <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>INT32 days since 1970-01-01; values are <see cref="DateOnly"/>.</summary>
    Date,

    /// <summary>INT64 microseconds since the Unix epoch, adjusted to UTC; values are UTC <see cref="DateTime"/>.</summary>
    Timestamp,
}
