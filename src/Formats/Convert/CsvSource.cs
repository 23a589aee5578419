using System.Text;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// Opens a CSV file as text. UTF-8 is the default and is checked byte by byte: Korean Excel's plain "CSV" is CP949,
/// which read as UTF-8 would convert silently into U+FFFD. A legacy file is read by naming its encoding.
/// </summary>
public static class CsvSource
{
    /// <summary>What to tell a user whose CSV is not UTF-8; <c>review import</c> says the same of a sheet.</summary>
    public const string NotUtf8Advice = "the file is not UTF-8, so its Korean text cannot be read; in Excel save it as \"CSV UTF-8 (쉼표로 분리)\"";

    /// <summary>The encodings a user may name, as <c>--encoding</c> spells them.</summary>
    public const string EncodingNames = "utf-8, cp949 or euc-kr";

    static CsvSource()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The encoding a user named, or null when it is not one of <see cref="EncodingNames"/>.</summary>
    public static Encoding? EncodingNamed(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => new UTF8Encoding(false),

        // Excel's Korean "ANSI" is code page 949 (Unified Hangul Code), a superset of EUC-KR: one decoder reads both.
        "cp949" or "euc-kr" or "euckr" or "windows-949" or "uhc" => Encoding.GetEncoding(949),
        _ => null,
    };

    /// <summary>Opens the file for reading as text in the given encoding (UTF-8 when null); bad bytes stop the read.</summary>
    /// <param name="csv">The file.</param>
    /// <param name="encoding">Its encoding; UTF-8 when null.</param>
    /// <param name="problem">
    /// What a bad byte on a line (the argument) means, for a reader whose advice differs from <c>convert</c>'s (which
    /// names <c>--encoding</c>); the message of the <see cref="FileFormatException"/> that names the file and offset.
    /// </param>
    public static StreamReader Open(string csv, Encoding? encoding, Func<long, string>? problem = null)
    {
        // Named UTF-8 is the default: a byte order mark is skipped, not read as part of the first column's name.
        encoding = encoding?.CodePage == 65001 ? null : encoding;
        var text = encoding ?? new UTF8Encoding(false);
        var file = new FileStream(csv, new FileStreamOptions { BufferSize = 1 << 16 });
        try
        {
            Span<byte> mark = stackalloc byte[2];
            var marked = file.Read(mark) == 2 && (mark[0], mark[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
            file.Position = 0;

            // A UTF-16 file with a byte order mark (Excel's "Unicode text") is read as such, as before.
            Stream source = marked && encoding is null ? file : new CheckedTextStream(file, csv, text, problem ?? (line => Problem(text, line)));
            return new StreamReader(source, text, detectEncodingFromByteOrderMarks: encoding is null, bufferSize: 1 << 16);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Refuses a header that names a column twice: tables need distinct column names.</summary>
    public static void CheckHeader(string csv, IReadOnlyList<string> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (!seen.TryAdd(names[i], i))
            {
                throw new FileFormatException(csv, 0, $"distinct column names on line 1, but \"{names[i]}\" names both column {seen[names[i]] + 1} and column {i + 1}");
            }
        }
    }

    private static string Problem(Encoding encoding, long line) => encoding.CodePage == 65001
        ? $"UTF-8 text on line {line}, but {NotUtf8Advice}, or convert it with --encoding cp949 if it is a legacy Korean file"
        : $"{encoding.WebName} text on line {line} (as --encoding says), but this byte does not start a valid character";
}
