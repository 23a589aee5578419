namespace ValueAtlas.Formats.Spss;

/// <summary>
/// One case, reused from case to case so a pass allocates nothing per value: numbers as doubles, strings as their
/// stored bytes, decoded only when asked for. Valid until the next <see cref="SpssReader.ReadRow"/>.
/// </summary>
public sealed class SpssRow
{
    private readonly SpssText _decode;
    private readonly double[] _numbers;
    private readonly bool[] _systemMissing;
    private readonly int[] _textStart;
    private readonly int[] _textLength;

    internal SpssRow(int variables, int textBytes, SpssText decode)
    {
        _decode = decode;
        _numbers = new double[variables];
        _systemMissing = new bool[variables];
        _textStart = new int[variables];
        _textLength = new int[variables];
        Bytes = new byte[Math.Max(8, textBytes)];
    }

    /// <summary>The string bytes of the case, variable after variable.</summary>
    internal byte[] Bytes { get; }

    /// <summary>True for a numeric variable's system-missing value.</summary>
    public bool IsSystemMissing(int variable) => _systemMissing[variable];

    /// <summary>A numeric variable's value; meaningless when <see cref="IsSystemMissing"/>. User-missing codes are kept as read.</summary>
    public double Number(int variable) => _numbers[variable];

    /// <summary>A string variable's value with trailing padding removed (decoded now, in the file's encoding).</summary>
    public string Text(int variable) => _decode.Decode(Bytes.AsSpan(_textStart[variable], _textLength[variable]));

    internal void SetNumber(int variable, double? value)
    {
        _systemMissing[variable] = value is null;
        _numbers[variable] = value ?? 0;
    }

    internal void SetText(int variable, int start, int length)
    {
        _textStart[variable] = start;
        _textLength[variable] = length;
    }
}
