namespace ValueAtlas.Formats.Spss;

/// <summary>Reads type 7 records. Subtypes the reader does not use are skipped, as every reader must.</summary>
internal static class SpssExtensionReader
{
    public static void Read(SpssInput input, long at, RawDictionary dictionary)
    {
        var subtype = input.ReadInt32("the extension record subtype");
        var size = input.ReadInt32("the extension record element size");
        var count = input.ReadInt32("the extension record element count");
        var length = (long)size * count;
        if (size < 0 || count < 0 || length > input.Remaining)
        {
            throw input.Error(at + 8, $"an extension record (subtype {subtype}) that fits the file, not {count} elements of {size} bytes");
        }

        var dataAt = input.Position;
        var data = input.ReadBytes(length, $"the data of extension record subtype {subtype}");
        switch (subtype)
        {
            case 3:
                RequireSize(input, at, subtype, size == 4 && count == 8, "8 elements of 4 bytes");
                dictionary.CharacterCode = input.ToInt32(data.AsSpan(28, 4));
                break;
            case 4:
                RequireSize(input, at, subtype, size == 8 && count == 3, "3 elements of 8 bytes");
                dictionary.SystemMissing = input.ToDouble(data.AsSpan(0, 8));
                dictionary.Highest = input.ToDouble(data.AsSpan(8, 8));
                dictionary.Lowest = input.ToDouble(data.AsSpan(16, 8));
                break;
            case 11:
                RequireSize(input, at, subtype, size == 4, "elements of 4 bytes");
                dictionary.Display = [.. Enumerable.Range(0, count).Select(i => input.ToInt32(data.AsSpan(i * 4, 4)))];
                break;
            case 13:
                dictionary.LongNames = data;
                break;
            case 14:
                dictionary.VeryLongStrings = data;
                break;
            case 16:
                RequireSize(input, at, subtype, size == 8 && count == 2, "2 elements of 8 bytes");
                var cases = input.BigEndian
                    ? System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(8))
                    : System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(8));
                dictionary.CaseCount64 = cases >= 0 ? cases : null;
                break;
            case 20:
                dictionary.EncodingName = (dataAt, data);
                break;
            case 21:
                dictionary.LongStringLabels = (dataAt, data);
                break;
            case 22:
                dictionary.LongStringMissing = (dataAt, data);
                break;
            default:
                break;
        }
    }

    private static void RequireSize(SpssInput input, long at, int subtype, bool ok, string expected)
    {
        if (!ok)
        {
            throw input.Error(at, $"extension record subtype {subtype} with {expected}");
        }
    }
}
