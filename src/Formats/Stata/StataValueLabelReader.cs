namespace ValueAtlas.Formats.Stata;

/// <summary>
/// Reads the value-label tables: per table its name and (code, text) pairs. A table is n, the text length, n offsets
/// into the text, n int32 codes and the NUL-terminated texts; every count and offset is checked against the table.
/// </summary>
internal static class StataValueLabelReader
{
    public static Dictionary<string, IReadOnlyList<StataValueLabel>> Read(StataInput input, StataRelease release, long start, long end)
    {
        input.Seek(start, "<value_labels>");
        input.Tag("<value_labels>");
        var tables = new Dictionary<string, IReadOnlyList<StataValueLabel>>(StringComparer.Ordinal);
        while (!input.TryTag("</value_labels>"))
        {
            var at = input.Position;
            input.Tag("<lbl>");
            var length = input.ReadInt32("a value-label table's length");
            var nameBytes = input.ReadBytes(release.NameBytes, "a value-label table's name");
            var name = StataText.Decode(nameBytes, release.Encoding);
            input.ReadBytes(3, "a value-label table's padding");
            if (length < 8 || length > end - input.Position)
            {
                throw input.Error(at + 5, $"a value-label table length between 8 and the {end - input.Position} bytes left before byte {end}, found {length}");
            }

            var tableStart = input.Position;
            var table = input.ReadBytes(length, "a value-label table");
            var labels = Table(input, table, tableStart, release);
            input.Tag("</lbl>");
            if (!tables.TryAdd(name, labels))
            {
                throw input.Error(at, $"one value-label table named {name}, found a second");
            }
        }

        return tables;
    }

    private static List<StataValueLabel> Table(StataInput input, ReadOnlySpan<byte> table, long tableStart, StataRelease release)
    {
        var count = input.Int32(table);
        var textLength = input.Int32(table[4..]);
        if (count < 0 || textLength < 0 || 8 + (8L * count) + textLength != table.Length)
        {
            throw input.Error(tableStart, $"a value-label table of {table.Length} bytes holding n = {count} entries and {textLength} bytes of text");
        }

        var textStart = 8 + (8 * count);
        var text = table[textStart..];
        var labels = new List<StataValueLabel>(count);
        for (var i = 0; i < count; i++)
        {
            var offset = input.Int32(table[(8 + (4 * i))..]);
            if (offset < 0 || offset >= textLength)
            {
                throw input.Error(tableStart + 8 + (4 * i), $"a text offset below {textLength}, found {offset}");
            }

            var code = input.Int32(table[(8 + (4 * count) + (4 * i))..]);
            labels.Add(new StataValueLabel(StataNumbers.LabelCode(code), StataText.Decode(text[offset..], release.Encoding)));
        }

        return labels;
    }
}
