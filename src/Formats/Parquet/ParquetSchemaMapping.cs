using Parquet.Meta;
using Parquet.Schema;

namespace ValueAtlas.Formats.Parquet;

/// <summary>Our flat columns as Parquet.Net fields, and the fields other writers produce as our columns (or a refusal).</summary>
internal static class ParquetSchemaMapping
{
    private const string Supported = "string, binary, int8-32, uint8-32, int64, float, double, boolean, date, timestamp, INT96, time, decimal";

    /// <summary>
    /// Timestamps are written as INT64 fields whose schema element <see cref="TimestampPatch"/> then marks TIMESTAMP(MICROS):
    /// Parquet.Net 6.1.0 writes a MICROS DateTime column's statistics in milliseconds, so DuckDB prunes row groups by
    /// them and a filter such as <c>ts &gt; '2000-01-01'</c> silently finds nothing.
    /// </summary>
    public static DataField ToField(ParquetColumn column) => column.Type switch
    {
        ParquetType.String => new DataField(column.Name, typeof(string), column.Optional),
        ParquetType.Int32 => new DataField(column.Name, typeof(int), column.Optional),
        ParquetType.Int64 or ParquetType.Timestamp => new DataField(column.Name, typeof(long), column.Optional),
        ParquetType.Float => new DataField(column.Name, typeof(float), column.Optional),
        ParquetType.Double => new DataField(column.Name, typeof(double), column.Optional),
        ParquetType.Boolean => new DataField(column.Name, typeof(bool), column.Optional),
        ParquetType.Date => new DataField(column.Name, typeof(DateOnly), column.Optional),
        ParquetType.Time => new TimeDataField(column.Name, TimeUnitPrecision.Micros, column.Optional) { IsAdjustedToUtc = false },
        ParquetType.Decimal => new DecimalDataField(column.Name, column.Precision, column.Scale, forceByteArrayEncoding: false, isNullable: column.Optional),
        ParquetType.Binary => new DataField(column.Name, typeof(byte[]), column.Optional),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, null),
    };

    /// <summary>Our column for a field Parquet.Net read; the refusal names the column and what is unsupported.</summary>
    public static ParquetColumn FromField(string file, long footer, DataField field, SchemaElement element)
    {
        if (field.IsArray || field.MaxRepetitionLevel > 0)
        {
            throw new FileFormatException(file, footer, $"a flat schema, but column '{field.Path}' is repeated (a list)");
        }

        var type = field.ClrType;
        var column = new ParquetColumn(field.Name, ParquetType.String, field.IsNullable);
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            return column;
        }

        if (type == typeof(int) || type == typeof(short) || type == typeof(sbyte) || type == typeof(byte) || type == typeof(ushort))
        {
            return field is TimeDataField ? column with { Type = ParquetType.Time } : column with { Type = ParquetType.Int32 };
        }

        if (type == typeof(long) || type == typeof(uint))
        {
            return field is TimeDataField ? column with { Type = ParquetType.Time } : column with { Type = ParquetType.Int64 };
        }

        if (type == typeof(DateTime))
        {
            // INT96 and the legacy converted types carry no zone flag; DuckDB reads them as naive TIMESTAMP, and so do we.
            var utc = element.LogicalType?.TIMESTAMP?.IsAdjustedToUTC ?? false;
            return column with { Type = ParquetType.Timestamp, AdjustedToUtc = utc };
        }

        if (type == typeof(decimal) && field is DecimalDataField d)
        {
            if (d.Precision > 28)
            {
                throw Refuse(file, footer, field, $"DECIMAL({d.Precision}, {d.Scale}): more than the 28 digits .NET's decimal holds");
            }

            return column with { Type = ParquetType.Decimal, Precision = d.Precision, Scale = d.Scale };
        }

        return type switch
        {
            _ when type == typeof(float) => column with { Type = ParquetType.Float },
            _ when type == typeof(double) => column with { Type = ParquetType.Double },
            _ when type == typeof(bool) => column with { Type = ParquetType.Boolean },
            _ when type == typeof(DateOnly) => column with { Type = ParquetType.Date },
            _ when type == typeof(TimeOnly) || type == typeof(TimeSpan) => column with { Type = ParquetType.Time },
            _ when type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>) => column with { Type = ParquetType.Binary },
            _ => throw Refuse(file, footer, field, $"{element.Type} {element.LogicalType?.ToString() ?? element.ConvertedType?.ToString() ?? ""} ({type.Name})".TrimEnd()),
        };
    }

    private static FileFormatException Refuse(string file, long footer, DataField field, string what) =>
        new(file, footer, $"a supported type for column '{field.Path}' ({Supported}), not {what}");
}
