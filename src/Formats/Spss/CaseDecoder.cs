using System.Text;

namespace ValueAtlas.Formats.Spss;

/// <summary>Assembles slots into cases; memory is one case plus one slot buffer, whatever the case count.</summary>
internal sealed class CaseDecoder(SpssInput input, SlotReader slots, IReadOnlyList<CaseLayout> layout, Encoding encoding, double systemMissing)
{
    private readonly byte[] _slot = new byte[8];
    private readonly SpssText _decode = new(encoding);
    private readonly byte[] _text = new byte[Math.Max(8, layout.Count == 0 ? 8 : layout.Max(l => l.Segments.Sum(s => s.SlotCount * 8)))];
    private readonly int _caseBytes = layout.Sum(l => l.Segments.Sum(s => s.SlotCount * 8));

    /// <summary>Returns the next case, or null at a clean end of data.</summary>
    public SpssCase? Next() => Next(keep: true) is { } values ? new SpssCase(values) : null;

    /// <summary>
    /// Moves past the next case without building its values; false at a clean end of data. Damage throws exactly as
    /// in Next: uncompressed data is skipped by seeking only while a whole case remains, otherwise it is read.
    /// </summary>
    public bool Skip() => (slots is RawSlotReader raw && raw.TrySkip(_caseBytes)) || Next(keep: false) is not null;

    private object?[]? Next(bool keep)
    {
        object?[] values = keep ? new object?[layout.Count] : [];
        for (var v = 0; v < layout.Count; v++)
        {
            var variable = layout[v];
            if (!variable.IsString)
            {
                var kind = Read(v == 0, out var number);
                if (kind == SlotKind.End)
                {
                    return null;
                }

                if (kind == SlotKind.Spaces)
                {
                    throw input.Error(slots.Offset, "a number for a numeric variable, not a string of spaces");
                }

                if (keep)
                {
                    values[v] = kind switch
                    {
                        SlotKind.Number => number,
                        SlotKind.SystemMissing => null,
                        _ => Raw(),
                    };
                }

                continue;
            }

            var length = 0;
            var firstSlot = v == 0;
            foreach (var (slotCount, used) in variable.Segments)
            {
                var segmentStart = length;
                for (var s = 0; s < slotCount; s++)
                {
                    var kind = Read(firstSlot, out _);
                    if (kind == SlotKind.End)
                    {
                        return null;
                    }

                    firstSlot = false;
                    if (kind == SlotKind.Raw)
                    {
                        _slot.CopyTo(_text, length);
                    }
                    else if (kind == SlotKind.Spaces)
                    {
                        _text.AsSpan(length, 8).Fill((byte)' ');
                    }
                    else
                    {
                        throw input.Error(slots.Offset, "string bytes for a string variable, not a number");
                    }

                    length += 8;
                }

                // Only the first used bytes of a segment belong to the string; the rest is padding.
                length = segmentStart + used;
            }

            if (keep)
            {
                values[v] = _decode.Decode(_text.AsSpan(0, length));
            }
        }

        return values;
    }

    private double? Raw()
    {
        var value = input.ToDouble(_slot);
        return value == systemMissing ? null : value;
    }

    private SlotKind Read(bool startOfCase, out double number)
    {
        var kind = slots.Next(_slot, out number);
        if (kind == SlotKind.End && !startOfCase)
        {
            throw input.Error(slots.Offset, "the rest of a case, but the data ends in the middle of it");
        }

        return kind;
    }
}
