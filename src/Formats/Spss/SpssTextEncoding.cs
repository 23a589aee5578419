using System.Globalization;
using System.Text;

namespace ValueAtlas.Formats.Spss;

/// <summary>Maps the encoding names and code page numbers writers put in system files to .NET encodings.</summary>
internal static class SpssTextEncoding
{
    static SpssTextEncoding()
    {
        // CP949, EUC-KR and the windows-125x pages live in the code pages provider of the shared framework.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding? FromName(string name)
    {
        var trimmed = name.Trim().TrimEnd('\0').ToUpperInvariant();
        foreach (var prefix in new[] { "WINDOWS-", "CP", "MS", "IBM" })
        {
            if (trimmed.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(trimmed.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            {
                return FromCodePage(page);
            }
        }

        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static Encoding? FromCodePage(int codePage)
    {
        // Character codes 2 and 3 mean 7- and 8-bit ASCII; old SPSS wrote them for Western text.
        var page = codePage switch
        {
            2 or 3 => 1252,
            _ => codePage,
        };

        try
        {
            return page == 65001 ? new UTF8Encoding(false) : Encoding.GetEncoding(page);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
