using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Convert;

/// <summary>Streams an SPSS file's cases into CSV or JSONL: one case in memory at a time, whatever the file's size.</summary>
public static class SpssToText
{
    /// <summary>UTF-8 CSV with a header of variable names; a missing value is an empty field.</summary>
    public static async Task<long> WriteCsvAsync(SpssReader reader, Stream output, SpssTextOptions options, CancellationToken cancellationToken)
    {
        await using var sink = await TextRowSink.CsvAsync(output, Names(reader), cancellationToken).ConfigureAwait(false);
        return await WriteAsync(reader, sink, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One JSON object per case, keyed by variable name; numbers stay numbers unless labelled or dates.</summary>
    public static async Task<long> WriteJsonlAsync(SpssReader reader, Stream output, SpssTextOptions options, CancellationToken cancellationToken)
    {
        await using var sink = TextRowSink.Jsonl(output, Names(reader));
        return await WriteAsync(reader, sink, options, cancellationToken).ConfigureAwait(false);
    }

    private static string[] Names(SpssReader reader) => [.. reader.File.Variables.Select(v => v.Name)];

    private static async Task<long> WriteAsync(SpssReader reader, TextRowSink sink, SpssTextOptions options, CancellationToken cancellationToken)
    {
        var variables = reader.File.Variables;
        var cells = new SpssCellText(reader.File, options);
        foreach (var row in reader.ReadCases())
        {
            await sink.WriteRowAsync((int i, out bool isNumber) => cells.Format(variables[i], i, row[i], out isNumber), cancellationToken).ConfigureAwait(false);
        }

        return sink.Rows;
    }
}
