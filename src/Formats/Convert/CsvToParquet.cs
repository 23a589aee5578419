using System.Text;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// A CSV file into Parquet in two streaming passes: the first infers each column's type, the second writes row groups.
/// A row with the wrong number of fields is a <see cref="FileFormatException"/> naming its line.
/// </summary>
public static class CsvToParquet
{
    public static async Task<long> WriteAsync(string csv, string path, ParquetWriterOptions options, int rowGroupSize, Encoding? encoding, CancellationToken cancellationToken)
    {
        var (names, types) = Infer(csv, encoding, cancellationToken);
        var schema = names.Select((n, i) => new ParquetColumn(n, types[i])).ToList();
        await using var writer = ParquetWriter.Create(path, schema, options);
        using var text = CsvSource.Open(csv, encoding);
        var records = new CsvRecordReader(text, csv);
        records.Read();
        var batcher = new RowGroupBatcher(writer, schema, rowGroupSize);
        while (records.Read() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var c = 0; c < record.Count; c++)
            {
                batcher[c].SetText(batcher.Row, record[c]);
            }

            await batcher.EndRowAsync(cancellationToken).ConfigureAwait(false);
        }

        return await batcher.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static (List<string> Names, ParquetType[] Types) Infer(string csv, Encoding? encoding, CancellationToken cancellationToken)
    {
        using var text = CsvSource.Open(csv, encoding);
        var records = new CsvRecordReader(text, csv);
        var names = records.Read() ?? throw new FileFormatException(csv, 0, "a header line of column names, but the file is empty");
        CsvSource.CheckHeader(csv, names);
        var columns = names.Select(_ => new CsvColumnType()).ToArray();
        while (records.Read() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (record.Count != names.Count)
            {
                throw new FileFormatException(csv, records.RecordOffset, $"{names.Count} fields on line {records.Line - 1} (as in the header), found {record.Count}");
            }

            for (var i = 0; i < record.Count; i++)
            {
                columns[i].Observe(record[i]);
            }
        }

        return (names, columns.Select(c => c.Type).ToArray());
    }
}
