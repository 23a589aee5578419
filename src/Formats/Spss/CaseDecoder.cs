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
    public SpssCase? Next() => Next(new object?[layout.Count], null) is { } values ? new SpssCase(values) : null;

    /// <summary>A row buffer for <see cref="Fill"/>, sharing this decoder's text decoding.</summary>
    public SpssRow CreateRow() => new(layout.Count, _caseBytes, _decode);

    /// <summary>Reads the next case into <paramref name="row"/> without boxing; false at a clean end of data.</summary>
    public bool Fill(SpssRow row) => Next([], row) is not null;

    /// <summary>
    /// Moves past the next case without building its values; false at a clean end of data. Damage throws exactly as
    /// in Next: uncompressed data is skipped by seeking only while a whole case remains, otherwise it is read.
    /// </summary>
    public bool Skip() => (slots is RawSlotReader raw && raw.TrySkip(_caseBytes)) || Next([], null) is not null;

    /// <summary>
    /// Decodes one case into <paramref name="values"/> (boxed; empty to skip) or, when given, into <paramref name="row"/>;
    /// null at a clean end of data.
    /// </summary>
    private object?[]? Next(object?[] values, SpssRow? row)
    {
        var keep = values.Length > 0;
        var rowBytes = 0;
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

                if (keep || row is not null)
                {
                    double? value = kind switch
                    {
                        SlotKind.Number => number,
                        SlotKind.SystemMissing => null,
                        _ => Raw(),
                    };
                    if (row is not null)
                    {
                        row.SetNumber(v, value);
                    }
                    else
                    {
                        values[v] = value;
                    }
                }

                continue;
            }

            // A row keeps every string's bytes side by side, decoded only if asked for; a boxed case decodes at once.
            var text = row is null ? _text : row.Bytes;
            var origin = row is null ? 0 : rowBytes;
            var length = origin;
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
                        _slot.CopyTo(text, length);
                    }
                    else if (kind == SlotKind.Spaces)
                    {
                        text.AsSpan(length, 8).Fill((byte)' ');
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

            if (row is not null)
            {
                row.SetText(v, origin, length - origin);
                rowBytes = length;
            }
            else if (keep)
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
