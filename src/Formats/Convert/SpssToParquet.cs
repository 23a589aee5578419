using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// SPSS cases into Parquet row groups: numeric variables as DOUBLE (DATE or TIMESTAMP where the print format says
/// date or date-time), strings as STRING, labelled variables as STRING when labels are asked for. Memory holds one row
/// group, not the file.
/// </summary>
public static class SpssToParquet
{
    private const double SecondsPerDay = 86_400;
    private static readonly DateTime SpssEpoch = new(1582, 10, 14, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<long> WriteAsync(SpssReader reader, string path, SpssTextOptions options, ParquetWriterOptions parquet, int rowGroupSize, CancellationToken cancellationToken)
    {
        var variables = reader.File.Variables;
        var schema = variables.Select(v => new ParquetColumn(v.Name, TypeOf(v, options))).ToList();
        var cells = new SpssCellText(reader.File, options);
        await using var writer = ParquetWriter.Create(path, schema, parquet);
        var batcher = new RowGroupBatcher(writer, schema, rowGroupSize);
        foreach (var row in reader.ReadCases())
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < variables.Count; i++)
            {
                batcher[i].Set(batcher.Row, Cell(variables[i], i, row[i], schema[i].Type, cells, options));
            }

            await batcher.EndRowAsync(cancellationToken).ConfigureAwait(false);
        }

        return await batcher.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ParquetType TypeOf(SpssVariable variable, SpssTextOptions options)
    {
        if (variable.IsString || (options.Labels && variable.ValueLabels.Count > 0))
        {
            return ParquetType.String;
        }

        return variable.PrintFormat.Type switch
        {
            20 or 23 or 24 or 38 or 39 => ParquetType.Date,
            22 or 41 => ParquetType.Timestamp,
            _ => ParquetType.Double,
        };
    }

    private static object? Cell(SpssVariable variable, int index, object? value, ParquetType type, SpssCellText cells, SpssTextOptions options)
    {
        if (value is null || (options.UserMissingAsNull && SpssMissing.IsUserMissing(variable, value)))
        {
            return null;
        }

        return type switch
        {
            ParquetType.String => cells.Format(variable, index, value, out _),
            ParquetType.Date => DateOnly.FromDateTime(SpssEpoch.AddDays(Math.Floor((double)value / SecondsPerDay))),
            ParquetType.Timestamp => SpssEpoch.AddSeconds((double)value),
            _ => value,
        };
    }
}
