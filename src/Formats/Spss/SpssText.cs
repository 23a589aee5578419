using System.Text;

namespace ValueAtlas.Formats.Spss;

/// <summary>
/// Decodes the bytes of an SPSS string. Writers pad with spaces (or NULs) and cut at a byte width, so the last
/// character may be only partly stored; like readstat and pspp, the partial character is dropped rather than shown
/// as U+FFFD. One instance keeps its decoder and buffer so a case costs no allocation beyond its strings.
/// </summary>
internal sealed class SpssText(Encoding encoding)
{
    private readonly Decoder _decoder = encoding.GetDecoder();
    private char[] _chars = [];

    public string Decode(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        while (end > 0 && bytes[end - 1] is (byte)' ' or 0)
        {
            end--;
        }

        var max = encoding.GetMaxCharCount(end);
        if (_chars.Length < max)
        {
            _chars = new char[max];
        }

        // flush: false leaves an incomplete trailing sequence in the decoder's state, which Reset then discards.
        var count = _decoder.GetChars(bytes[..end], _chars, flush: false);
        _decoder.Reset();
        return new string(_chars, 0, count);
    }
}
