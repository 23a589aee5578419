namespace ValueAtlas.Formats.Tests.Convert;

/// <summary>Text handed out a few characters per read, so every place a read can end inside a record gets exercised.</summary>
internal sealed class TricklingReader(string text, int step) : TextReader
{
    private int _at;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(Math.Min(count, step), text.Length - _at);
        text.CopyTo(_at, buffer, index, n);
        _at += n;
        return n;
    }
}
