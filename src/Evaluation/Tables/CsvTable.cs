using ValueAtlas.Formats;
using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Evaluation.Tables;

/// <summary>
/// A CSV table (UTF-8, header on line 1) in batches of rows; every cell is text, a blank one is null. Bytes that are
/// not UTF-8 stop the read at their offset, so Korean text is never silently replaced.
/// </summary>
internal static class CsvTable
{
    private const int BatchSize = 50_000;

    public static IEnumerable<TableRows> Read(string path, CancellationToken cancellationToken)
    {
        using var text = CsvSource.Open(path, null, line => $"UTF-8 text on line {line}, but {CsvSource.NotUtf8Advice}");
        var records = new CsvRecordReader(text, path);
        var header = Read(records, path) ?? throw new InvalidDataException($"{path}: the file is empty; expected a header line naming the columns");
        CsvSource.CheckHeader(path, header);
        var batch = new List<(long, object?[])>();
        var any = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = records.Line;
            if (Read(records, path) is not { } fields)
            {
                break;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                throw new InvalidDataException($"{path}: line {line}: {fields.Count} fields; expected {header.Count}, one per column of the header");
            }

            batch.Add((line, [.. fields]));
            if (batch.Count == BatchSize)
            {
                yield return new RecordRows(path, header, batch);
                batch = [];
                any = true;
            }
        }

        if (batch.Count > 0 || !any)
        {
            yield return new RecordRows(path, header, batch);
        }
    }

    private static List<string>? Read(CsvRecordReader records, string path)
    {
        try
        {
            return records.Read();
        }
        catch (FileFormatException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }
}
