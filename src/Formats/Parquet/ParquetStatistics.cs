using System.Buffers.Binary;
using System.Numerics;
using Parquet.Meta;

namespace ValueAtlas.Formats.Parquet;

/// <summary>
/// A footer statistic's bytes as a typed value of our column type; null when absent or in a form we do not trust
/// (INT96, whose order is undefined, and the deprecated min/max of strings, whose order writers disagreed on).
/// </summary>
internal static class ParquetStatistics
{
    public static object? Min(Statistics? stats, ParquetColumn column, SchemaElement element) =>
        Decode(stats?.MinValue ?? (column.Type is ParquetType.String or ParquetType.Binary ? null : stats?.Min), column, element);

    public static object? Max(Statistics? stats, ParquetColumn column, SchemaElement element) =>
        Decode(stats?.MaxValue ?? (column.Type is ParquetType.String or ParquetType.Binary ? null : stats?.Max), column, element);

    private static object? Decode(byte[]? bytes, ParquetColumn column, SchemaElement element)
    {
        if (bytes is null || element.Type == global::Parquet.Meta.Type.INT96)
        {
            return null;
        }

        try
        {
            return column.Type switch
            {
                ParquetType.String => System.Text.Encoding.UTF8.GetString(bytes),
                ParquetType.Binary => bytes,
                ParquetType.Boolean => bytes[0] != 0,
                ParquetType.Int32 => BinaryPrimitives.ReadInt32LittleEndian(bytes),
                ParquetType.Int64 => element.Type == global::Parquet.Meta.Type.INT32 ? (long)BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadInt64LittleEndian(bytes),
                ParquetType.Float => BinaryPrimitives.ReadSingleLittleEndian(bytes),
                ParquetType.Double => BinaryPrimitives.ReadDoubleLittleEndian(bytes),
                ParquetType.Date => DateOnly.FromDayNumber(checked(BinaryPrimitives.ReadInt32LittleEndian(bytes) + DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber)),
                ParquetType.Timestamp => ParquetColumnReader.Timestamp(element, column.AdjustedToUtc)(BinaryPrimitives.ReadInt64LittleEndian(bytes)),
                ParquetType.Time => Time(bytes, element),
                ParquetType.Decimal => Decimal(bytes, column, element),
                _ => null,
            };
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static TimeOnly Time(byte[] bytes, SchemaElement element)
    {
        if (element.Type == global::Parquet.Meta.Type.INT32)
        {
            return new TimeOnly(checked(BinaryPrimitives.ReadInt32LittleEndian(bytes) * TimeSpan.TicksPerMillisecond));
        }

        var value = BinaryPrimitives.ReadInt64LittleEndian(bytes);
        return element.LogicalType?.TIME?.Unit.NANOS is not null ? new TimeOnly(value / 100) : ParquetTime.FromMicros(value);
    }

    private static decimal Decimal(byte[] bytes, ParquetColumn column, SchemaElement element)
    {
        var unscaled = element.Type switch
        {
            global::Parquet.Meta.Type.INT32 => BinaryPrimitives.ReadInt32LittleEndian(bytes),
            global::Parquet.Meta.Type.INT64 => BinaryPrimitives.ReadInt64LittleEndian(bytes),
            _ => (long)new BigInteger(bytes, isUnsigned: false, isBigEndian: true),
        };
        return ParquetColumnReader.Scale(unscaled, column.Scale);
    }
}
