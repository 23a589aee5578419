using Microsoft.Win32.SafeHandles;
using System.Text;

namespace ValueAtlas.Formats.Stata;

/// <summary>
/// The strL section as an index: where each GSO's content starts and how long it is, found by seeking from header to
/// header at open. Contents are read when a value asks for them, through a handle of their own, so the data stream
/// keeps its buffer and position and a file of long texts is never loaded whole.
/// </summary>
internal sealed class StataStrls : IDisposable
{
    private const byte Binary = 129;
    private const byte Ascii = 130;

    private readonly Dictionary<(ulong V, ulong O), Gso> _index;
    private readonly string _path;
    private readonly Encoding _encoding;
    private SafeFileHandle? _handle;

    private StataStrls(Dictionary<(ulong V, ulong O), Gso> index, string path, Encoding encoding)
    {
        _index = index;
        _path = path;
        _encoding = encoding;
    }

    public int Count => _index.Count;

    public string Path => _path;

    /// <summary>Reads the GSO headers from the <c>&lt;strls&gt;</c> tag at start up to the closing tag, which must come before end.</summary>
    public static StataStrls Read(StataInput input, StataRelease release, long start, long end)
    {
        input.Seek(start, "<strls>");
        input.Tag("<strls>");
        var index = new Dictionary<(ulong V, ulong O), Gso>();
        while (!input.TryTag("</strls>"))
        {
            var at = input.Position;
            input.Tag("GSO");
            var v = input.ReadUnsigned(4, "a GSO's v");
            var o = input.ReadUnsigned(release.GsoOBytes, "a GSO's o");
            var type = input.ReadByte("a GSO's type");
            if (type is not (Binary or Ascii))
            {
                throw input.Error(input.Position - 1, $"a GSO type of 129 (binary) or 130 (text), found {type}");
            }

            var length = (long)input.ReadUnsigned(4, "a GSO's length");
            var content = input.Position;
            if (length > end - content || length > Array.MaxLength)
            {
                throw input.Error(content - 4, $"a GSO of {length} bytes within <strls>, which ends at byte {end}");
            }

            if (!index.TryAdd((v, o), new Gso(content, (int)length, type == Ascii)))
            {
                throw input.Error(at, $"one GSO for (v,o) = ({v},{o}), found a second");
            }

            input.Seek(content + length, "a GSO's end");
        }

        if (input.Position > end)
        {
            throw input.Error(start, $"a <strls> section that ends by byte {end}, as the map says");
        }

        return new StataStrls(index, input.File, release.Encoding);
    }

    public bool Contains(ulong v, ulong o) => (v == 0 && o == 0) || _index.ContainsKey((v, o));

    /// <summary>The text of the GSO (v,o); (0,0) is the empty string. Callers check Contains first.</summary>
    public string Text(ulong v, ulong o)
    {
        if (v == 0 && o == 0)
        {
            return "";
        }

        var gso = _index[(v, o)];
        _handle ??= System.IO.File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var bytes = new byte[gso.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(_handle, bytes.AsSpan(read), gso.Offset + read);
            if (n == 0)
            {
                throw new FileFormatException(_path, gso.Offset + read, $"the strL ({v},{o}) of {gso.Length} bytes, but the file ends");
            }

            read += n;
        }

        // Text GSOs end in a NUL; binary ones are taken as text too, since a survey's strL holds words.
        var span = bytes.AsSpan();
        if (gso.IsText && span.IndexOf((byte)0) is var nul and >= 0)
        {
            span = span[..nul];
        }

        return _encoding.GetString(span);
    }

    public void Dispose() => _handle?.Dispose();

    private readonly record struct Gso(long Offset, int Length, bool IsText);
}
