namespace ValueAtlas.Formats.Convert;

/// <summary>
/// The text of a record's quoted fields that are not a plain slice of the line: doubled quotes, or text after the
/// closing quote (<c>"ab"cd</c> reads as <c>abcd</c>, as it always has here).
/// </summary>
internal sealed class CsvFieldText
{
    private char[] _text = new char[256];
    private int _length;

    public void Clear() => _length = 0;

    /// <summary>Decodes a raw field (from its opening quote to before its terminator); where its text starts and how long it is.</summary>
    public (int Start, int Length) Add(ReadOnlySpan<char> raw)
    {
        if (_text.Length - _length < raw.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + raw.Length));
        }

        var start = _length;
        var quoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (quoted && c == '"' && i + 1 < raw.Length && raw[i + 1] == '"')
            {
                _text[_length++] = '"';
                i++;
            }
            else if (c == '"' && (quoted || _length == start))
            {
                quoted = !quoted;
            }
            else
            {
                _text[_length++] = c;
            }
        }

        return (start, _length - start);
    }

    public ReadOnlySpan<char> Field(int start, int length) => _text.AsSpan(start, length);
}
