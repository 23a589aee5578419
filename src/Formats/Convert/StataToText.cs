using System.Globalization;
using ValueAtlas.Formats.Stata;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// Streams a .dta file's observations into CSV or JSONL through the reader's reused row. Numbers are written in
/// shortest round-trip form and '.' as an empty field (null in JSONL); .a–.z are written as the text ".a" … ".z",
/// as Stata shows them, because surveys use them for answers such as "don't know" that a blank would hide.
/// </summary>
public static class StataToText
{
    public static async Task<long> WriteCsvAsync(StataReader reader, Stream output, CancellationToken cancellationToken)
    {
        await using var sink = await TextRowSink.CsvAsync(output, Names(reader), cancellationToken).ConfigureAwait(false);
        return await WriteAsync(reader, sink, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One JSON object per observation, keyed by variable name.</summary>
    public static async Task<long> WriteJsonlAsync(StataReader reader, Stream output, CancellationToken cancellationToken)
    {
        await using var sink = TextRowSink.Jsonl(output, Names(reader));
        return await WriteAsync(reader, sink, cancellationToken).ConfigureAwait(false);
    }

    private static string[] Names(StataReader reader) => [.. reader.File.Variables.Select(v => v.Name)];

    private static async Task<long> WriteAsync(StataReader reader, TextRowSink sink, CancellationToken cancellationToken)
    {
        var row = reader.StartRows();
        while (reader.ReadRow(row))
        {
            await sink.WriteRowAsync((int i, out bool isNumber) => Cell(row, i, out isNumber), cancellationToken).ConfigureAwait(false);
        }

        return sink.Rows;
    }

    private static string? Cell(StataRow row, int variable, out bool isNumber)
    {
        isNumber = false;
        switch (row.Kind(variable))
        {
            case StataValueKind.Number:
                isNumber = true;
                return row.Number(variable).ToString("R", CultureInfo.InvariantCulture);
            case StataValueKind.ExtendedMissing:
                return row.Missing(variable).ToString();
            case StataValueKind.Text:
                return row.Text(variable);
            default:
                return null;
        }
    }
}
