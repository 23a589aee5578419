using System.Globalization;
using System.Text;

namespace ValueAtlas.Formats.Stata;

/// <summary>The &lt;header&gt;: release, byte order, K variables, N observations, data label and timestamp.</summary>
internal sealed record StataHeader(StataRelease Release, bool BigEndian, long VariableCount, long ObservationCount, string DataLabel, string Timestamp)
{
    private const string Magic = "<stata_dta>";

    // Far above Stata's own limit (120,000 in Stata/MP), low enough that per-variable arrays cannot overflow.
    private const long MaxVariables = int.MaxValue / 1024;

    public static StataHeader Read(StataInput input)
    {
        if (!input.TryTag(Magic))
        {
            throw NotDta(input);
        }

        input.Tag("<header>");
        input.Tag("<release>");
        var releaseAt = input.Position;
        var digits = Encoding.ASCII.GetString(input.ReadBytes(3, "the release"));
        var release = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? StataRelease.Of(number) : null;
        if (release is null)
        {
            throw input.Error(releaseAt, $"release 117, 118 or 119, found \"{digits}\"");
        }

        input.Tag("</release>");
        input.Tag("<byteorder>");
        var orderAt = input.Position;
        var order = Encoding.ASCII.GetString(input.ReadBytes(3, "the byte order"));
        input.BigEndian = order switch
        {
            "MSF" => true,
            "LSF" => false,
            _ => throw input.Error(orderAt, $"the byte order MSF or LSF, found \"{order}\""),
        };
        input.Tag("</byteorder>");
        input.Tag("<K>");
        var variablesAt = input.Position;
        var variables = (long)input.ReadUnsigned(release.VariableCountBytes, "K, the number of variables");
        if (variables > MaxVariables)
        {
            throw input.Error(variablesAt, $"a number of variables up to {MaxVariables}, found {variables}");
        }

        input.Tag("</K>");
        input.Tag("<N>");
        var observationsAt = input.Position;
        var observations = input.ReadUnsigned(release.ObservationCountBytes, "N, the number of observations");
        if (observations > long.MaxValue)
        {
            throw input.Error(observationsAt, $"a number of observations, found {observations}");
        }

        input.Tag("</N>");
        input.Tag("<label>");
        var labelLength = (long)input.ReadUnsigned(release.DataLabelLengthBytes, "the data label's length");
        var label = release.Encoding.GetString(input.ReadBytes(labelLength, "the data label"));
        input.Tag("</label>");
        input.Tag("<timestamp>");
        var stampLength = input.ReadByte("the timestamp's length");
        var stamp = StataText.Decode(input.ReadBytes(stampLength, "the timestamp"), release.Encoding);
        input.Tag("</timestamp>");
        input.Tag("</header>");
        return new StataHeader(release, input.BigEndian, variables, (long)observations, label, stamp);
    }

    private static FileFormatException NotDta(StataInput input)
    {
        // Releases up to 115 start with the release number as a byte; say so rather than "bad magic".
        input.Seek(0, "the start");
        var first = input.Length > 0 ? input.ReadByte("the first byte") : (byte)0;
        return first is >= 102 and <= 116
            ? input.Error(0, $"the tag {Magic} of a release 117–119 file; this is a .dta of release {first}, which only older readers read")
            : input.Error(0, $"the tag {Magic} that starts a Stata .dta file (release 117–119)");
    }
}
