using System.Buffers.Binary;
using System.Text;

namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>
/// Decodes PLAIN values straight into the .NET element type of a <see cref="ParquetType"/>. Throws
/// <see cref="InvalidDataException"/> when the page holds fewer bytes than the values need.
/// </summary>
internal static class PlainDecoder
{
    public static Array Decode(ParquetType type, int timeUnit, ReadOnlySpan<byte> data, int count)
    {
        switch (type)
        {
            case ParquetType.String:
                var strings = new string[count];
                var position = 0;
                for (var i = 0; i < count; i++)
                {
                    Need(data, position, 4, count);
                    var length = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
                    if (length < 0)
                    {
                        throw new InvalidDataException("a non-negative string length");
                    }

                    Need(data, position + 4, length, count);
                    strings[i] = Encoding.UTF8.GetString(data.Slice(position + 4, length));
                    position += 4 + length;
                }

                return strings;
            case ParquetType.Boolean:
                Need(data, 0, (int)((count + 7L) / 8), count);
                var bools = new bool[count];
                for (var i = 0; i < count; i++)
                {
                    bools[i] = ((data[i >> 3] >> (i & 7)) & 1) != 0;
                }

                return bools;
            case ParquetType.Int32:
                Need(data, 0, count * 4L, count);
                var ints = new int[count];
                for (var i = 0; i < count; i++)
                {
                    ints[i] = BinaryPrimitives.ReadInt32LittleEndian(data[(i * 4)..]);
                }

                return ints;
            case ParquetType.Date:
                Need(data, 0, count * 4L, count);
                var dates = new DateOnly[count];
                for (var i = 0; i < count; i++)
                {
                    dates[i] = ParquetTime.FromDays(BinaryPrimitives.ReadInt32LittleEndian(data[(i * 4)..]));
                }

                return dates;
            case ParquetType.Int64:
                Need(data, 0, count * 8L, count);
                var longs = new long[count];
                for (var i = 0; i < count; i++)
                {
                    longs[i] = BinaryPrimitives.ReadInt64LittleEndian(data[(i * 8)..]);
                }

                return longs;
            case ParquetType.Timestamp:
                Need(data, 0, count * 8L, count);
                var times = new DateTime[count];
                for (var i = 0; i < count; i++)
                {
                    times[i] = ParquetTime.FromUnits(BinaryPrimitives.ReadInt64LittleEndian(data[(i * 8)..]), timeUnit);
                }

                return times;
            case ParquetType.Double:
                Need(data, 0, count * 8L, count);
                var doubles = new double[count];
                for (var i = 0; i < count; i++)
                {
                    doubles[i] = BinaryPrimitives.ReadDoubleLittleEndian(data[(i * 8)..]);
                }

                return doubles;
            default:
                throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    private static void Need(ReadOnlySpan<byte> data, long at, long bytes, int count)
    {
        if (at + bytes > data.Length)
        {
            throw new InvalidDataException($"{count} PLAIN values within the page");
        }
    }
}
