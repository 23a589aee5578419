using System.Buffers;
using Parquet;
using Parquet.Schema;

namespace ValueAtlas.Formats.Parquet;

/// <summary>One column of a row group through Parquet.Net: our value array and null mask become its nullable memory.</summary>
internal static class ParquetColumnWriter
{
    public static Task WriteAsync(
        ParquetRowGroupWriter group, DataField field, ParquetColumn column, ParquetColumnData data, Dictionary<string, string>? metadata, CancellationToken cancellationToken) =>
        data.Values switch
        {
            string?[] v => WriteStringsAsync(group, field, v, metadata, cancellationToken),
            byte[]?[] v => WriteBytesAsync(group, field, v, metadata, cancellationToken),
            int[] v => WriteAsync(group, field, v, data.IsNull, metadata, cancellationToken),
            long[] v => WriteAsync(group, field, v, data.IsNull, metadata, cancellationToken),
            float[] v => WriteAsync(group, field, v, data.IsNull, metadata, cancellationToken),
            double[] v => WriteAsync(group, field, v, data.IsNull, metadata, cancellationToken),
            bool[] v => WriteAsync(group, field, v, data.IsNull, metadata, cancellationToken),
            DateOnly[] v => WriteAsync(group, field, v, data.IsNull, metadata, cancellationToken),
            decimal[] v => WriteAsync(group, field, v, data.IsNull, metadata, cancellationToken),
            DateTime[] v => WriteAsync(group, field, Array.ConvertAll(v, t => ParquetTime.ToMicros(t, column.AdjustedToUtc)), data.IsNull, metadata, cancellationToken),
            TimeOnly[] v => WriteAsync(group, field, Array.ConvertAll(v, ParquetTime.ToMicros), data.IsNull, metadata, cancellationToken),
            _ => throw new ArgumentException($"Column '{column.Name}': values of type {data.Values.GetType().Name} cannot be written.", nameof(data)),
        };

    private static async Task WriteAsync<T>(
        ParquetRowGroupWriter group, DataField field, T[] values, bool[]? isNull, Dictionary<string, string>? metadata, CancellationToken cancellationToken)
        where T : struct
    {
        if (!field.IsNullable)
        {
            await group.WriteAsync<T>(field, values.AsMemory(), null, metadata, cancellationToken).ConfigureAwait(false);
            return;
        }

        var nullable = ArrayPool<T?>.Shared.Rent(values.Length);
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                nullable[i] = isNull is not null && isNull[i] ? null : values[i];
            }

            await group.WriteAsync<T>(field, new ReadOnlyMemory<T?>(nullable, 0, values.Length), null, metadata, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<T?>.Shared.Return(nullable);
        }
    }

    private static async Task WriteBytesAsync(
        ParquetRowGroupWriter group, DataField field, byte[]?[] values, Dictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        if (!field.IsNullable)
        {
            await WriteAsync(group, field, Array.ConvertAll(values, b => (ReadOnlyMemory<byte>)b!), null, metadata, cancellationToken).ConfigureAwait(false);
            return;
        }

        var memory = ArrayPool<ReadOnlyMemory<byte>?>.Shared.Rent(values.Length);
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                memory[i] = values[i] is { } b ? b.AsMemory() : default(ReadOnlyMemory<byte>?);
            }

            await group.WriteAsync<ReadOnlyMemory<byte>>(field, new ReadOnlyMemory<ReadOnlyMemory<byte>?>(memory, 0, values.Length), null, metadata, cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<ReadOnlyMemory<byte>?>.Shared.Return(memory, clearArray: true);
        }
    }

    private static async Task WriteStringsAsync(
        ParquetRowGroupWriter group, DataField field, string?[] values, Dictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        if (!field.IsNullable)
        {
            await WriteAsync(group, field, Array.ConvertAll(values, s => s!.AsMemory()), null, metadata, cancellationToken).ConfigureAwait(false);
            return;
        }

        var memory = ArrayPool<ReadOnlyMemory<char>?>.Shared.Rent(values.Length);
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                // Not "? s.AsMemory() : null": null would convert to an empty ReadOnlyMemory through its array conversion.
                memory[i] = values[i] is { } s ? s.AsMemory() : default(ReadOnlyMemory<char>?);
            }

            await group.WriteAsync<ReadOnlyMemory<char>>(field, new ReadOnlyMemory<ReadOnlyMemory<char>?>(memory, 0, values.Length), null, metadata, cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<ReadOnlyMemory<char>?>.Shared.Return(memory, clearArray: true);
        }
    }
}
