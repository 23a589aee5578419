namespace ValueAtlas.Formats.Spss;

/// <summary>Uncompressed data: every slot is 8 bytes as stored.</summary>
internal sealed class RawSlotReader(SpssInput input) : SlotReader
{
    public override long Offset => input.Position;

    /// <summary>Seeks past <paramref name="count"/> bytes if the file holds them all; otherwise moves nothing.</summary>
    public bool TrySkip(int count)
    {
        if (input.Remaining < count)
        {
            return false;
        }

        input.Stream.Seek(count, SeekOrigin.Current);
        return true;
    }

    public override SlotKind Next(Span<byte> raw, out double number)
    {
        number = 0;
        var at = input.Position;
        var read = Fill(input.Stream, raw[..8]);
        if (read == 0)
        {
            return SlotKind.End;
        }

        return read == 8 ? SlotKind.Raw : throw input.Error(at, $"an 8-byte data value, but the file ends after {read}");
    }
}
