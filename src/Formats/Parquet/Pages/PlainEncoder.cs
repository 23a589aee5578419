using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>PLAIN encoding of the non-null values of a row range, and of single values for statistics.</summary>
internal static class PlainEncoder
{
    public static byte[] Encode(ParquetColumnData data, int start, int end)
    {
        var output = new ArrayBufferWriter<byte>();
        switch (data.Values)
        {
            case string?[] strings:
                for (var i = start; i < end; i++)
                {
                    if (!data.IsNullAt(i))
                    {
                        WriteString(output, strings[i]!);
                    }
                }

                break;
            case bool[] bools:
                var bits = new List<bool>();
                for (var i = start; i < end; i++)
                {
                    if (!data.IsNullAt(i))
                    {
                        bits.Add(bools[i]);
                    }
                }

                var packed = output.GetSpan((bits.Count + 7) / 8)[..((bits.Count + 7) / 8)];
                packed.Clear();
                for (var i = 0; i < bits.Count; i++)
                {
                    if (bits[i])
                    {
                        packed[i >> 3] |= (byte)(1 << (i & 7));
                    }
                }

                output.Advance(packed.Length);
                break;
            // Fixed-width types straight into the buffer: boxing and a byte[] per value cost more than the encoding.
            case double[] doubles:
                Fixed(output, data, start, end, 8, (span, i) => BinaryPrimitives.WriteDoubleLittleEndian(span, doubles[i]));
                break;
            case long[] longs:
                Fixed(output, data, start, end, 8, (span, i) => BinaryPrimitives.WriteInt64LittleEndian(span, longs[i]));
                break;
            case int[] ints:
                Fixed(output, data, start, end, 4, (span, i) => BinaryPrimitives.WriteInt32LittleEndian(span, ints[i]));
                break;
            case DateOnly[] dates:
                Fixed(output, data, start, end, 4, (span, i) => BinaryPrimitives.WriteInt32LittleEndian(span, ParquetTime.ToDays(dates[i])));
                break;
            case DateTime[] times:
                Fixed(output, data, start, end, 8, (span, i) => BinaryPrimitives.WriteInt64LittleEndian(span, ParquetTime.ToMicros(times[i])));
                break;
            default:
                throw new ArgumentException("Unsupported column array " + data.Values.GetType().Name, nameof(data));
        }

        return output.WrittenSpan.ToArray();
    }

    private static void Fixed(ArrayBufferWriter<byte> output, ParquetColumnData data, int start, int end, int width, SpanWriter write)
    {
        var nonNull = 0;
        for (var i = start; i < end; i++)
        {
            nonNull += data.IsNullAt(i) ? 0 : 1;
        }

        var span = output.GetSpan(nonNull * width);
        var at = 0;
        for (var i = start; i < end; i++)
        {
            if (!data.IsNullAt(i))
            {
                write(span.Slice(at, width), i);
                at += width;
            }
        }

        output.Advance(at);
    }

    private delegate void SpanWriter(Span<byte> target, int index);

    public static byte[] EncodeStrings(IReadOnlyList<string> values)
    {
        var output = new ArrayBufferWriter<byte>();
        foreach (var value in values)
        {
            WriteString(output, value);
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>One value as statistics store it: fixed-width little-endian, or a string's bytes without a length prefix.</summary>
    public static byte[] Value(object value)
    {
        var bytes = new byte[8];
        switch (value)
        {
            case string s:
                return Encoding.UTF8.GetBytes(s);
            case bool b:
                return [b ? (byte)1 : (byte)0];
            case int i:
                BinaryPrimitives.WriteInt32LittleEndian(bytes, i);
                return bytes[..4];
            case DateOnly d:
                BinaryPrimitives.WriteInt32LittleEndian(bytes, ParquetTime.ToDays(d));
                return bytes[..4];
            case long l:
                BinaryPrimitives.WriteInt64LittleEndian(bytes, l);
                return bytes;
            case DateTime t:
                BinaryPrimitives.WriteInt64LittleEndian(bytes, ParquetTime.ToMicros(t));
                return bytes;
            case double f:
                BinaryPrimitives.WriteDoubleLittleEndian(bytes, f);
                return bytes;
            default:
                throw new ArgumentException("Unsupported value type " + value.GetType().Name, nameof(value));
        }
    }

    private static void WriteString(ArrayBufferWriter<byte> output, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        var span = output.GetSpan(4 + length);
        BinaryPrimitives.WriteInt32LittleEndian(span, length);
        Encoding.UTF8.GetBytes(value, span[4..]);
        output.Advance(4 + length);
    }
}
