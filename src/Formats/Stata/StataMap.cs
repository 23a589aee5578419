namespace ValueAtlas.Formats.Stata;

/// <summary>
/// The 14 offsets of the &lt;map&gt;: each section's opening tag, then &lt;/stata_dta&gt; and the end of the file.
/// Checked at read: inside the file and in section order, so a damaged map fails here and not mid-stream.
/// </summary>
internal sealed class StataMap
{
    private static readonly string[] Sections =
    [
        "<stata_dta>", "<map>", "<variable_types>", "<varnames>", "<sortlist>", "<formats>", "<value_label_names>",
        "<variable_labels>", "<characteristics>", "<data>", "<strls>", "<value_labels>", "</stata_dta>", "end of file",
    ];

    private readonly long[] _offsets;

    private StataMap(long[] offsets) => _offsets = offsets;

    public long this[int section] => _offsets[section];

    public static StataMap Read(StataInput input)
    {
        input.Tag("<map>");
        var at = input.Position;
        var offsets = new long[Sections.Length];
        for (var i = 0; i < offsets.Length; i++)
        {
            var offset = input.ReadUnsigned(8, "a map offset");
            if (offset > (ulong)input.Length)
            {
                throw input.Error(at + (8 * i), $"the map's offset of {Sections[i]} within the file's {input.Length} bytes, found {offset}");
            }

            offsets[i] = (long)offset;
            if (i > 2 && offsets[i] < offsets[i - 1])
            {
                throw input.Error(at + (8 * i), $"the map's offset of {Sections[i]} after that of {Sections[i - 1]} ({offsets[i - 1]}), found {offset}");
            }
        }

        input.Tag("</map>");
        if (offsets[2] < input.Position)
        {
            throw input.Error(at + 16, $"the map's offset of {Sections[2]} after the map, found {offsets[2]}");
        }

        return new StataMap(offsets);
    }
}
