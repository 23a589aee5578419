namespace ValueAtlas.Formats.Spss;

/// <summary>A print or write format such as F8.2 or A20; Type is the SPSS format code, TypeName its keyword.</summary>
public readonly record struct SpssFormat(int Type, int Width, int Decimals)
{
    // Codes come from the system file format description; unknown codes keep their number.
    private static readonly Dictionary<int, string> Names = new()
    {
        [1] = "A", [2] = "AHEX", [3] = "COMMA", [4] = "DOLLAR", [5] = "F", [6] = "IB", [7] = "PIBHEX", [8] = "P",
        [9] = "PIB", [10] = "PK", [11] = "RB", [12] = "RBHEX", [15] = "Z", [16] = "N", [17] = "E", [20] = "DATE",
        [21] = "TIME", [22] = "DATETIME", [23] = "ADATE", [24] = "JDATE", [25] = "DTIME", [26] = "WKDAY",
        [27] = "MONTH", [28] = "MOYR", [29] = "QYR", [30] = "WKYR", [31] = "PCT", [32] = "DOT", [33] = "CCA",
        [34] = "CCB", [35] = "CCC", [36] = "CCD", [37] = "CCE", [38] = "EDATE", [39] = "SDATE", [40] = "MTIME",
        [41] = "YMDHMS",
    };

    public string TypeName => Names.TryGetValue(Type, out var name) ? name : $"FORMAT{Type}";

    internal static SpssFormat Decode(int packed) => new((packed >> 16) & 0xff, (packed >> 8) & 0xff, packed & 0xff);

    public override string ToString() => Decimals > 0 || TypeName is "F" or "COMMA" or "DOLLAR" or "PCT" or "DOT" or "E" or "N"
        ? $"{TypeName}{Width}.{Decimals}"
        : $"{TypeName}{Width}";
}
