using Parquet;
using Parquet.Meta;
using Parquet.Schema;
using PhysicalType = Parquet.Meta.Type;

namespace ValueAtlas.Formats.Parquet;

/// <summary>
/// One column chunk through Parquet.Net into our typed array and null mask. INT32 and INT64 columns are read as plain
/// integers (see <see cref="ReadField"/>) and given their logical meaning here: Parquet.Net 6.1.0 cannot decode a
/// DATE, TIMESTAMP or DECIMAL column written with DELTA_BINARY_PACKED (DuckDB's and Spark's choice for v2 files).
/// </summary>
internal static class ParquetColumnReader
{
    private static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>The field to read a column through: a plain int or long for INT32 and INT64 columns, else the file's own.</summary>
    public static DataField ReadField(DataField field, SchemaElement element) => element.Type switch
    {
        PhysicalType.INT32 => new DataField(field.Name, typeof(int), field.IsNullable),
        PhysicalType.INT64 => new DataField(field.Name, typeof(long), field.IsNullable),
        _ => field,
    };

    public static async Task<ParquetColumnData> ReadAsync(
        ParquetRowGroupReader group, DataField field, SchemaElement element, ParquetColumn column, CancellationToken cancellationToken)
    {
        var rows = checked((int)group.RowCount);
        if (column.Type == ParquetType.String)
        {
            var strings = new string?[rows];
            await group.ReadAsync(field, strings.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            return new ParquetColumnData(strings);
        }

        if (column.Type == ParquetType.Binary)
        {
            var bytes = new byte[]?[rows];
            await group.ReadAsync(field, bytes.AsMemory()!, null, cancellationToken).ConfigureAwait(false);
            return new ParquetColumnData(bytes);
        }

        if (element.Type == PhysicalType.INT32)
        {
            var unsigned = element.LogicalType?.INTEGER is { IsSigned: false } || element.ConvertedType is ConvertedType.UINT_32;
            return column.Type switch
            {
                ParquetType.Int64 when unsigned => await ReadAsync<int, long>(group, field, rows, v => (uint)v, cancellationToken).ConfigureAwait(false),
                ParquetType.Int64 => await ReadAsync<int, long>(group, field, rows, v => v, cancellationToken).ConfigureAwait(false),
                ParquetType.Date => await ReadAsync<int, DateOnly>(group, field, rows, d => DateOnly.FromDayNumber(checked(d + EpochDay)), cancellationToken).ConfigureAwait(false),
                ParquetType.Time => await ReadAsync<int, TimeOnly>(group, field, rows, ms => new TimeOnly(checked(ms * TimeSpan.TicksPerMillisecond)), cancellationToken).ConfigureAwait(false),
                ParquetType.Decimal => await ReadAsync<int, decimal>(group, field, rows, v => Scale(v, column.Scale), cancellationToken).ConfigureAwait(false),
                _ => await ReadAsync<int, int>(group, field, rows, v => v, cancellationToken).ConfigureAwait(false),
            };
        }

        if (element.Type == PhysicalType.INT64)
        {
            return column.Type switch
            {
                ParquetType.Timestamp => await ReadAsync<long, DateTime>(group, field, rows, Timestamp(element, column.AdjustedToUtc), cancellationToken).ConfigureAwait(false),
                ParquetType.Time when element.LogicalType?.TIME?.Unit.NANOS is not null =>
                    await ReadAsync<long, TimeOnly>(group, field, rows, ns => new TimeOnly(ns / 100), cancellationToken).ConfigureAwait(false),
                ParquetType.Time => await ReadAsync<long, TimeOnly>(group, field, rows, ParquetTime.FromMicros, cancellationToken).ConfigureAwait(false),
                ParquetType.Decimal => await ReadAsync<long, decimal>(group, field, rows, v => Scale(v, column.Scale), cancellationToken).ConfigureAwait(false),
                _ => await ReadAsync<long, long>(group, field, rows, v => v, cancellationToken).ConfigureAwait(false),
            };
        }

        return column.Type switch
        {
            ParquetType.Float => await ReadAsync<float, float>(group, field, rows, v => v, cancellationToken).ConfigureAwait(false),
            ParquetType.Double => await ReadAsync<double, double>(group, field, rows, v => v, cancellationToken).ConfigureAwait(false),
            ParquetType.Boolean => await ReadAsync<bool, bool>(group, field, rows, v => v, cancellationToken).ConfigureAwait(false),
            ParquetType.Decimal => await ReadAsync<decimal, decimal>(group, field, rows, v => v, cancellationToken).ConfigureAwait(false),
            ParquetType.Timestamp => await ReadAsync<DateTime, DateTime>(group, field, rows, v => ParquetTime.Normalize(v, column.AdjustedToUtc), cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidDataException($"a {column.Type} column stored as {element.Type}"),
        };
    }

    /// <summary>Epoch units to a DateTime: the unit comes from the logical type, else the legacy converted type.</summary>
    public static Func<long, DateTime> Timestamp(SchemaElement element, bool adjustedToUtc)
    {
        var unit = element.LogicalType?.TIMESTAMP?.Unit;
        if (unit?.MILLIS is not null || (unit is null && element.ConvertedType == ConvertedType.TIMESTAMP_MILLIS))
        {
            return ms => ParquetTime.FromMicros(checked(ms * 1000), adjustedToUtc);
        }

        if (unit?.NANOS is not null)
        {
            return ns => new DateTime(checked(DateTime.UnixEpoch.Ticks + (ns / 100)), adjustedToUtc ? DateTimeKind.Utc : DateTimeKind.Unspecified);
        }

        return us => ParquetTime.FromMicros(us, adjustedToUtc);
    }

    /// <summary>Keeps the scale (246.90, not 246.9), as DuckDB prints a DECIMAL.</summary>
    public static decimal Scale(long unscaled, int scale)
    {
        var magnitude = unscaled < 0 ? (ulong)(-(unscaled + 1)) + 1 : (ulong)unscaled;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, unscaled < 0, checked((byte)scale));
    }

    private static async Task<ParquetColumnData> ReadAsync<TFile, TOurs>(
        ParquetRowGroupReader group, DataField field, int rows, Func<TFile, TOurs> convert, CancellationToken cancellationToken)
        where TFile : struct
    {
        if (!field.IsNullable)
        {
            // A required column is read through the overload without nulls: through the nullable one, Parquet.Net 6.1.0
            // now and then (after other reads in the process) reported a row of a required INT64 column as null.
            var plain = new TFile[rows];
            await group.ReadAsync<TFile>(field, plain.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            return new ParquetColumnData(Array.ConvertAll(plain, v => convert(v)));
        }

        var read = new TFile?[rows];
        await group.ReadAsync<TFile>(field, read.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        var values = new TOurs[rows];
        bool[]? isNull = null;
        for (var i = 0; i < rows; i++)
        {
            if (read[i] is { } value)
            {
                values[i] = convert(value);
            }
            else
            {
                isNull ??= new bool[rows];
                isNull[i] = true;
            }
        }

        return new ParquetColumnData(values, isNull);
    }
}
