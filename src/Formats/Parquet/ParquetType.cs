namespace ValueAtlas.Formats.Parquet;

/// <summary>The column types this library writes and reads, with the .NET element type each uses in <see cref="ParquetColumnData"/>.</summary>
public enum ParquetType
{
    /// <summary>UTF-8 BYTE_ARRAY; values are <see cref="string"/>.</summary>
    String,

    /// <summary>INT32 (also read from INT8/INT16/UINT8/UINT16 columns); values are <see cref="int"/>.</summary>
    Int32,

    /// <summary>INT64 (also read from UINT32 columns); values are <see cref="long"/>.</summary>
    Int64,

    /// <summary>FLOAT; values are <see cref="float"/>.</summary>
    Float,

    /// <summary>DOUBLE; values are <see cref="double"/>.</summary>
    Double,

    /// <summary>BOOLEAN; values are <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>INT32 days since 1970-01-01; values are <see cref="DateOnly"/>.</summary>
    Date,

    /// <summary>
    /// INT64 microseconds since 1970-01-01 (also read from INT96, millisecond and nanosecond columns); values are
    /// <see cref="DateTime"/>. <see cref="ParquetColumn.AdjustedToUtc"/> says whether they are instants (UTC) or
    /// wall-clock times with no zone (kind Unspecified).
    /// </summary>
    Timestamp,

    /// <summary>TIME(MICROS), a time of day (also read from TIME_MILLIS and nanosecond columns); values are <see cref="TimeOnly"/>.</summary>
    Time,

    /// <summary>DECIMAL(precision, scale) from INT32, INT64 or byte-array columns; values are <see cref="decimal"/>.</summary>
    Decimal,

    /// <summary>BYTE_ARRAY with no string annotation (DuckDB's BLOB); values are <see cref="byte"/> arrays.</summary>
    Binary,
}
