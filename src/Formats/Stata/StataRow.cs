namespace ValueAtlas.Formats.Stata;

/// <summary>
/// One observation, reused from observation to observation: the stored bytes, decoded only when a value is asked
/// for, so a pass allocates nothing per value but the strings it reads. Valid until the next
/// <see cref="StataReader.ReadRow"/>.
/// </summary>
public sealed class StataRow
{
    private readonly StataLayout _layout;
    private readonly StataStrls _strls;
    private readonly StataRelease _release;
    private readonly bool _bigEndian;

    internal StataRow(StataLayout layout, StataStrls strls, StataRelease release, bool bigEndian)
    {
        _layout = layout;
        _strls = strls;
        _release = release;
        _bigEndian = bigEndian;
        Bytes = new byte[layout.RecordLength];
    }

    /// <summary>The 0-based number of the observation the row holds.</summary>
    public long Observation { get; internal set; } = -1;

    internal byte[] Bytes { get; }

    public StataValueKind Kind(int variable) => Decode(variable, out _, out _);

    /// <summary>A numeric variable's number; NaN when the value is missing.</summary>
    public double Number(int variable) => Decode(variable, out var number, out _) == StataValueKind.Number ? number : double.NaN;

    /// <summary>The extended missing value .a to .z, or null when the value is anything else.</summary>
    public StataMissing? Missing(int variable) =>
        Decode(variable, out _, out var letter) == StataValueKind.ExtendedMissing ? new StataMissing(letter) : null;

    /// <summary>A string variable's text: a strN up to its first NUL, a strL read from the strL section.</summary>
    public string Text(int variable)
    {
        var field = Field(variable);
        return _layout.Types[variable] switch
        {
            StataType.Str => StataText.Decode(field, _release.Encoding),
            StataType.StrL => StrL(field, variable),
            _ => throw new InvalidOperationException($"variable {variable} is numeric"),
        };
    }

    /// <summary>The value as <see cref="StataObservation"/> holds it (boxed).</summary>
    public object? Value(int variable) => Decode(variable, out var number, out var letter) switch
    {
        StataValueKind.Number => number,
        StataValueKind.ExtendedMissing => new StataMissing(letter),
        StataValueKind.Text => Text(variable),
        _ => null,
    };

    /// <summary>Checks that every strL value of the row points at a GSO, without reading any.</summary>
    internal void CheckStrls()
    {
        for (var i = 0; i < _layout.Types.Length; i++)
        {
            if (_layout.Types[i] == StataType.StrL)
            {
                _ = Reference(Field(i), i);
            }
        }
    }

    private StataValueKind Decode(int variable, out double number, out char letter)
    {
        var type = _layout.Types[variable];
        if (type is StataType.Str or StataType.StrL)
        {
            number = 0;
            letter = '\0';
            return StataValueKind.Text;
        }

        return StataNumbers.Decode(type, Field(variable), _bigEndian, out number, out letter);
    }

    private ReadOnlySpan<byte> Field(int variable) => Bytes.AsSpan(_layout.Offsets[variable], _layout.Widths[variable]);

    private string StrL(ReadOnlySpan<byte> field, int variable)
    {
        var (v, o) = Reference(field, variable);
        return _strls.Text(v, o);
    }

    private (ulong V, ulong O) Reference(ReadOnlySpan<byte> field, int variable)
    {
        var split = _release.StrlVBytes;
        var v = StataInput.Unsigned(field[..split], _bigEndian);
        var o = StataInput.Unsigned(field[split..], _bigEndian);
        if (!_strls.Contains(v, o))
        {
            var at = _layout.DataStart + (Observation * _layout.RecordLength) + _layout.Offsets[variable];
            throw new FileFormatException(_strls.Path, at, $"a strL (v,o) = ({v},{o}) that <strls> holds, but it has no such GSO");
        }

        return (v, o);
    }
}
