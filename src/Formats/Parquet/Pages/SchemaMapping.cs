using ValueAtlas.Formats.Parquet.Metadata;

namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>Maps our column types to Parquet schema elements (physical, converted and logical types) and back.</summary>
internal static class SchemaMapping
{
    public static SchemaElement ToElement(ParquetColumn column)
    {
        var repetition = column.Optional ? SchemaElement.Optional : SchemaElement.Required;
        return column.Type switch
        {
            ParquetType.String => new SchemaElement(column.Name, PhysicalType.ByteArray, repetition, null, SchemaElement.ConvertedUtf8, new LogicalType(LogicalType.String)),
            ParquetType.Int32 => new SchemaElement(column.Name, PhysicalType.Int32, repetition),
            ParquetType.Int64 => new SchemaElement(column.Name, PhysicalType.Int64, repetition),
            ParquetType.Double => new SchemaElement(column.Name, PhysicalType.Double, repetition),
            ParquetType.Boolean => new SchemaElement(column.Name, PhysicalType.Boolean, repetition),
            ParquetType.Date => new SchemaElement(column.Name, PhysicalType.Int32, repetition, null, SchemaElement.ConvertedDate, new LogicalType(LogicalType.Date)),
            ParquetType.Timestamp => new SchemaElement(
                column.Name, PhysicalType.Int64, repetition, null, SchemaElement.ConvertedTimestampMicros, new LogicalType(LogicalType.Timestamp, true, LogicalType.Micros)),
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
    }

    public static int PhysicalOf(ParquetType type) => type switch
    {
        ParquetType.String => PhysicalType.ByteArray,
        ParquetType.Int32 or ParquetType.Date => PhysicalType.Int32,
        ParquetType.Int64 or ParquetType.Timestamp => PhysicalType.Int64,
        ParquetType.Double => PhysicalType.Double,
        ParquetType.Boolean => PhysicalType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    // Converted types 11-18 are the (U)INT_n annotations; only those that fit the .NET type are accepted.
    /// <summary>Null for an element this library cannot read; timeUnit is the TIMESTAMP unit (1 millis, 2 micros, 3 nanos).</summary>
    public static ParquetColumn? FromElement(SchemaElement element, out int timeUnit)
    {
        timeUnit = LogicalType.Micros;
        var optional = element.Repetition != SchemaElement.Required;
        var logical = element.Logical?.Kind;
        ParquetType? type = element.Type switch
        {
            PhysicalType.ByteArray when element.ConvertedType is null or 0 or 4 or 19 => ParquetType.String,
            PhysicalType.Boolean => ParquetType.Boolean,
            PhysicalType.Double => ParquetType.Double,
            PhysicalType.Int32 when logical == LogicalType.Date || element.ConvertedType == SchemaElement.ConvertedDate => ParquetType.Date,
            PhysicalType.Int32 when element.ConvertedType is null or 11 or 12 or (>= 15 and <= 17) => ParquetType.Int32,
            PhysicalType.Int64 when logical == LogicalType.Timestamp => ParquetType.Timestamp,
            PhysicalType.Int64 when element.ConvertedType is SchemaElement.ConvertedTimestampMillis or SchemaElement.ConvertedTimestampMicros => ParquetType.Timestamp,
            PhysicalType.Int64 when element.ConvertedType is null or 13 or (>= 15 and <= 18) => ParquetType.Int64,
            _ => null,
        };
        if (type == ParquetType.Timestamp)
        {
            timeUnit = element.Logical?.Kind == LogicalType.Timestamp
                ? element.Logical.TimeUnit
                : element.ConvertedType == SchemaElement.ConvertedTimestampMillis ? LogicalType.Millis : LogicalType.Micros;
        }

        return type is { } t ? new ParquetColumn(element.Name, t, optional) : null;
    }
}
