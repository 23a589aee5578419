using System.Text;

namespace ValueAtlas.Formats.Stata;

/// <summary>Fixed-width text fields end at their first NUL; what follows it is padding or leftovers.</summary>
internal static class StataText
{
    public static string Decode(ReadOnlySpan<byte> field, Encoding encoding)
    {
        var nul = field.IndexOf((byte)0);
        return encoding.GetString(nul >= 0 ? field[..nul] : field);
    }
}
