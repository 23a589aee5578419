using System.Globalization;
using CsvHelper;
using ValueAtlas.Core.Artifacts;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// How review spreadsheets are written. Excel reads a CSV as UTF-8 only when it starts with a
/// byte order mark (otherwise as the ANSI code page, which garbles Hangul); LibreOffice and
/// DuckDB accept the mark. CRLF is what RFC 4180 and Excel itself write. Cells that start like a
/// formula get a leading apostrophe, so generated text never runs in an annotator's Excel.
/// </summary>
internal static class SheetCsv
{
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static Task WriteAsync(string path, IReadOnlyList<string> header, IEnumerable<string[]> rows, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                await using var writer = CsvWriter.Create(stream, Options, leaveOpen: true);
                writer.WriteHeader([.. header]);
                foreach (var row in rows)
                {
                    await writer.WriteRecordAsync(row, ct);
                }

                await writer.FlushAsync(ct);
            },
            cancellationToken);
}
