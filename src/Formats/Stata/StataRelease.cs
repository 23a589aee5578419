using System.Text;

namespace ValueAtlas.Formats.Stata;

/// <summary>
/// The field sizes that differ between releases, as Stata's dta_117, dta (118) and dta_119 help files give them.
/// 118 widened names and labels for UTF-8 and N to 8 bytes; 119 widened K (and the sort list) to 4 bytes and, so
/// that more variables fit, moved a byte of a strL's (v,o) reference from o to v.
/// </summary>
internal sealed class StataRelease
{
    static StataRelease()
    {
        // Windows-1252 lives in the code pages provider of the shared framework.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private StataRelease(int number)
    {
        Number = number;
        var wide = number >= 118;
        VariableCountBytes = number >= 119 ? 4 : 2;
        ObservationCountBytes = wide ? 8 : 4;
        DataLabelLengthBytes = wide ? 2 : 1;
        NameBytes = wide ? 129 : 33;
        FormatBytes = wide ? 57 : 49;
        VariableLabelBytes = wide ? 321 : 81;
        SortEntryBytes = number >= 119 ? 4 : 2;
        StrlVBytes = number switch { 117 => 4, 118 => 2, _ => 3 };
        GsoOBytes = wide ? 8 : 4;

        // 117 predates Unicode Stata: its text is in the writer's code page, in practice Windows' Western one.
        Encoding = wide ? new UTF8Encoding(false) : Encoding.GetEncoding(1252);
    }

    public int Number { get; }

    public int VariableCountBytes { get; }

    public int ObservationCountBytes { get; }

    public int DataLabelLengthBytes { get; }

    public int NameBytes { get; }

    public int FormatBytes { get; }

    public int VariableLabelBytes { get; }

    public int SortEntryBytes { get; }

    /// <summary>Bytes of v in the 8-byte (v,o) of a strL value in the data; o takes the rest.</summary>
    public int StrlVBytes { get; }

    /// <summary>Bytes of o in a GSO header (v is always 4 bytes there).</summary>
    public int GsoOBytes { get; }

    public Encoding Encoding { get; }

    public static StataRelease? Of(int number) => number is >= 117 and <= 119 ? new StataRelease(number) : null;
}
