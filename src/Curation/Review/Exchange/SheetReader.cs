using System.Globalization;
using System.Text;
using CsvHelper;
using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// Reads a review sheet as a spreadsheet saved it: with or without a byte order mark, CRLF or LF,
/// quoted cells with line breaks, and the separator Excel uses in the user's locale (comma,
/// semicolon, tab). The separator is taken from the header alone: its names hold none, while notes
/// and texts below may hold any number. Empty lines are kept as rows so row numbers match what the
/// spreadsheet shows.
/// </summary>
public static class SheetReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="InvalidDataException">The file is not UTF-8 (or UTF-16 with a byte order mark).</exception>
    public static async Task<SheetFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (!HasUtf16Mark(bytes))
        {
            try
            {
                StrictUtf8.GetCharCount(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new InvalidDataException(CsvSource.NotUtf8Advice);
            }
        }

        var options = new CsvReaderOptions
        {
            Separator = HasUtf16Mark(bytes) ? null : HeaderSeparator(bytes),
            SkipEmptyLines = false,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var reader = CsvReader.Create(bytes, options);
        await reader.ReadHeaderAsync(cancellationToken);
        var header = reader.Headers.ToArray();
        var lines = new List<SheetLine>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            lines.Add(new SheetLine(checked((int)reader.RowNumber) + 1, cells));
        }

        return new SheetFile(header, lines);
    }

    private static char HeaderSeparator(byte[] bytes)
    {
        var end = Array.IndexOf(bytes, (byte)'\n');
        var header = new ArraySegment<byte>(bytes, 0, end < 0 ? bytes.Length : end);
        return new[] { ',', ';', '\t' }.MaxBy(c => header.Count(b => b == c));
    }

    private static bool HasUtf16Mark(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
