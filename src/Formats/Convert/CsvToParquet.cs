using System.Text;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// A CSV file into Parquet, streamed: column types are inferred from the first <see cref="SampleRows"/> rows, then the
/// file is read once more and written a row group at a time. Should a later value not fit its column's type, the
/// partial output is dropped and the types are inferred from every row before writing again, so a wrong guess costs
/// time, never data. A row with the wrong number of fields is a <see cref="FileFormatException"/> naming its line.
/// </summary>
public static class CsvToParquet
{
    public const int SampleRows = 10_000;

    public static async Task<long> WriteAsync(
        string csv, string path, ParquetWriterOptions options, int rowGroupSize, Encoding? encoding, CsvMissingValues? missing, CancellationToken cancellationToken)
    {
        missing ??= CsvMissingValues.Default;
        var schema = Infer(csv, encoding, missing, SampleRows, cancellationToken);
        try
        {
            return await WriteAsync(csv, path, schema, options, rowGroupSize, encoding, missing, cancellationToken).ConfigureAwait(false);
        }
        catch (CsvTypeMismatchException)
        {
            schema = Infer(csv, encoding, missing, int.MaxValue, cancellationToken);
            return await WriteAsync(csv, path, schema, options, rowGroupSize, encoding, missing, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The header and each column's type from the first <paramref name="maxRows"/> rows.</summary>
    internal static List<ParquetColumn> Infer(string csv, Encoding? encoding, CsvMissingValues missing, int maxRows, CancellationToken cancellationToken)
    {
        using var text = CsvSource.Open(csv, encoding);
        var records = new CsvRecordReader(text, csv);
        var names = records.Read() ?? throw new FileFormatException(csv, 0, "a header line of column names, but the file is empty");
        CsvSource.CheckHeader(csv, names);
        var columns = names.Select(_ => new CsvColumnType(missing)).ToArray();
        for (var row = 0; row < maxRows && records.Next(); row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckWidth(csv, records, names.Count);
            for (var i = 0; i < records.Count; i++)
            {
                columns[i].Observe(records[i]);
            }
        }

        return [.. names.Select((n, i) => columns[i].Column(n))];
    }

    internal static void CheckWidth(string csv, CsvRecordReader records, int width)
    {
        if (records.Count != width)
        {
            throw new FileFormatException(csv, records.RecordOffset, $"{width} fields on line {records.Line - 1} (as in the header), found {records.Count}");
        }
    }

    private static async Task<long> WriteAsync(
        string csv, string path, List<ParquetColumn> schema, ParquetWriterOptions options, int rowGroupSize, Encoding? encoding, CsvMissingValues missing, CancellationToken cancellationToken)
    {
        await using var writer = ParquetWriter.Create(path, schema, options);
        using var text = CsvSource.Open(csv, encoding);
        var records = new CsvRecordReader(text, csv);
        records.Next();
        await using var batcher = new RowGroupBatcher(writer, schema, rowGroupSize, missing);
        while (records.Next())
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckWidth(csv, records, schema.Count);
            for (var c = 0; c < records.Count; c++)
            {
                if (!batcher[c].SetText(batcher.Row, records[c]))
                {
                    throw new CsvTypeMismatchException(schema[c].Name, records.Line - 1);
                }
            }

            await batcher.EndRowAsync(cancellationToken).ConfigureAwait(false);
        }

        return await batcher.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
