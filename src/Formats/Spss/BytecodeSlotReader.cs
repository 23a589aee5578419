namespace ValueAtlas.Formats.Spss;

/// <summary>
/// Bytecode-compressed data: groups of 8 one-byte codes, each followed by the 8-byte values that codes 253 ask for.
/// The source is the file itself (.sav) or the inflated zlib blocks (.zsav).
/// </summary>
internal sealed class BytecodeSlotReader(Stream source, double bias, Func<long> offset, SpssInput input) : SlotReader
{
    private readonly byte[] _codes = new byte[8];
    private int _next = 8;
    private bool _ended;

    public override long Offset => offset();

    public override SlotKind Next(Span<byte> raw, out double number)
    {
        number = 0;
        while (!_ended)
        {
            if (_next == 8)
            {
                var at = offset();
                var read = Fill(source, _codes);
                if (read == 0)
                {
                    _ended = true;
                    return SlotKind.End;
                }

                if (read < 8)
                {
                    throw input.Error(at, $"8 compression codes, but the data ends after {read}");
                }

                _next = 0;
            }

            var code = _codes[_next++];
            switch (code)
            {
                case 0:
                    continue;
                case 252:
                    _ended = true;
                    return SlotKind.End;
                case 253:
                    var at = offset();
                    var read = Fill(source, raw[..8]);
                    return read == 8 ? SlotKind.Raw : throw input.Error(at, $"an 8-byte value after compression code 253, but the data ends after {read}");
                case 254:
                    return SlotKind.Spaces;
                case 255:
                    return SlotKind.SystemMissing;
                default:
                    number = code - bias;
                    return SlotKind.Number;
            }
        }

        return SlotKind.End;
    }
}
