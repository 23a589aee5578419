using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Stata;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// .dta observations into Parquet row groups: numeric variables as DOUBLE ('.' and .a–.z as null, which the
/// metadata says), strings and strLs as STRING; labels and value labels in the key/value metadata
/// (<see cref="StataParquetMetadata"/>). Memory holds one row group, not the file.
/// </summary>
public static class StataToParquet
{
    public static async Task<long> WriteAsync(StataReader reader, string path, ParquetWriterOptions parquet, int rowGroupSize, CancellationToken cancellationToken)
    {
        var variables = reader.File.Variables;
        var schema = variables.Select(v => new ParquetColumn(v.Name, v.IsNumeric ? ParquetType.Double : ParquetType.String)).ToList();
        await using var writer = ParquetWriter.Create(path, schema, StataParquetMetadata.AddTo(parquet, reader.File));
        await using var batcher = new RowGroupBatcher(writer, schema, rowGroupSize);
        var row = reader.StartRows();
        while (reader.ReadRow(row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < variables.Count; i++)
            {
                batcher[i].Set(batcher.Row, row.Kind(i) switch
                {
                    StataValueKind.Number => row.Number(i),
                    StataValueKind.Text => row.Text(i),
                    _ => null,
                });
            }

            await batcher.EndRowAsync(cancellationToken).ConfigureAwait(false);
        }

        return await batcher.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
