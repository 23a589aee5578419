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
            default:
                for (var i = start; i < end; i++)
                {
                    if (!data.IsNullAt(i))
                    {
                        output.Write(Value(data.Values.GetValue(i)!));
                    }
                }

                break;
        }

        return output.WrittenSpan.ToArray();
    }

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
