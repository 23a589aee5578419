namespace ValueAtlas.Formats.Stata;

/// <summary>
/// Reads everything but the observations: header, map, the per-variable sections, the strL index and the value
/// labels, seeking to each section where the map puts it and checking its tags. The &lt;/data&gt; tag is checked
/// where N observations must end, so a truncated or miscounted data section fails at open.
/// </summary>
internal static class StataDictionaryReader
{
    private const ushort StrL = 32768;

    public static (StataFile File, StataRelease Release, StataLayout Layout, StataStrls Strls) Read(StataInput input)
    {
        var header = StataHeader.Read(input);
        var release = header.Release;
        var map = StataMap.Read(input);

        var typeBytes = Section(input, map[2], "variable_types", header.VariableCount, 2);
        var count = (int)header.VariableCount;
        var (types, widths) = Types(input, typeBytes, map[2] + "<variable_types>".Length);
        var names = Texts(Section(input, map[3], "varnames", count, release.NameBytes), count, release.NameBytes, release);
        Section(input, map[4], "sortlist", count + 1L, release.SortEntryBytes);
        var formats = Texts(Section(input, map[5], "formats", count, release.FormatBytes), count, release.FormatBytes, release);
        var labelNames = Texts(Section(input, map[6], "value_label_names", count, release.NameBytes), count, release.NameBytes, release);
        var labels = Texts(Section(input, map[7], "variable_labels", count, release.VariableLabelBytes), count, release.VariableLabelBytes, release);
        SkipCharacteristics(input, map[8]);
        var layout = Layout(input, map[9], types, widths, header.ObservationCount);
        var strls = StataStrls.Read(input, release, map[10], map[11]);
        try
        {
            var tables = StataValueLabelReader.Read(input, release, map[11], map[12]);
            input.Seek(map[12], "</stata_dta>");
            input.Tag("</stata_dta>");

            var variables = new StataVariable[count];
            for (var i = 0; i < count; i++)
            {
                variables[i] = new StataVariable(
                    names[i], labels[i], types[i], widths[i], formats[i], labelNames[i],
                    tables.TryGetValue(labelNames[i], out var table) ? table : []);
            }

            var file = new StataFile(input.File, release.Number, header.BigEndian, header.ObservationCount, header.DataLabel, header.Timestamp, variables);
            return (file, release, layout, strls);
        }
        catch
        {
            strls.Dispose();
            throw;
        }
    }

    /// <summary>Reads &lt;name&gt; count × size bytes &lt;/name&gt; at the map's offset.</summary>
    private static byte[] Section(StataInput input, long offset, string name, long count, int size)
    {
        input.Seek(offset, $"<{name}>");
        input.Tag($"<{name}>");
        input.Require(count * size, $"{count} entries of {size} bytes in <{name}>");
        var bytes = input.ReadBytes(count * size, $"<{name}>");
        input.Tag($"</{name}>");
        return bytes;
    }

    private static string[] Texts(byte[] bytes, int count, int size, StataRelease release)
    {
        var texts = new string[count];
        for (var i = 0; i < count; i++)
        {
            texts[i] = StataText.Decode(bytes.AsSpan(i * size, size), release.Encoding);
        }

        return texts;
    }

    private static (StataType[] Types, int[] Widths) Types(StataInput input, byte[] bytes, long at)
    {
        var count = bytes.Length / 2;
        var types = new StataType[count];
        var widths = new int[count];
        for (var i = 0; i < count; i++)
        {
            var code = (ushort)input.Unsigned(bytes.AsSpan(2 * i, 2));
            (types[i], widths[i]) = code switch
            {
                >= 1 and <= 2045 => (StataType.Str, code),
                StrL => (StataType.StrL, 8),
                65526 => (StataType.Double, 8),
                65527 => (StataType.Float, 4),
                65528 => (StataType.Long, 4),
                65529 => (StataType.Int, 2),
                65530 => (StataType.Byte, 1),
                _ => throw input.Error(at + (2 * i), $"a variable type (1–2045, 32768 or 65526–65530), found {code}"),
            };
        }

        return (types, widths);
    }

    private static void SkipCharacteristics(StataInput input, long offset)
    {
        input.Seek(offset, "<characteristics>");
        input.Tag("<characteristics>");
        while (!input.TryTag("</characteristics>"))
        {
            input.Tag("<ch>");
            var length = (long)input.ReadUnsigned(4, "a characteristic's length");
            input.Require(length, "a characteristic");
            input.Seek(input.Position + length, "a characteristic's end");
            input.Tag("</ch>");
        }
    }

    private static StataLayout Layout(StataInput input, long offset, StataType[] types, int[] widths, long observations)
    {
        var offsets = new int[types.Length];
        long record = 0;
        for (var i = 0; i < types.Length; i++)
        {
            offsets[i] = (int)record;
            record += widths[i];
        }

        input.Seek(offset, "<data>");
        input.Tag("<data>");
        var start = input.Position;
        if (record > int.MaxValue || (record > 0 && observations > (input.Length - start) / record))
        {
            throw input.Error(start, $"{observations} observations of {record} bytes, but only {input.Length - start} bytes remain");
        }

        input.Seek(start + (observations * record), "</data>");
        input.Tag("</data>");
        return new StataLayout(types, offsets, widths, (int)record, start);
    }
}
