using System.Globalization;
using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// SPSS cases into Parquet row groups: numeric variables as DOUBLE; DATE-like formats as DATE; DATETIME and YMDHMS as
/// TIMESTAMP with no zone (SPSS times are wall-clock readings); TIME and MTIME as TIME(MICROS); DTIME (a duration of
/// days) as DOUBLE seconds, said so in its metadata; strings as STRING; labelled variables as STRING when labels are
/// asked for. Labels, value labels and missing-value definitions go into the file's key/value metadata
/// (<see cref="SpssParquetMetadata"/>). Memory holds one row group, not the file.
/// </summary>
public static class SpssToParquet
{
    private const double SecondsPerDay = 86_400;
    private static readonly DateTime SpssEpoch = new(1582, 10, 14, 0, 0, 0, DateTimeKind.Unspecified);

    public static async Task<long> WriteAsync(SpssReader reader, string path, SpssTextOptions options, ParquetWriterOptions parquet, int rowGroupSize, CancellationToken cancellationToken)
    {
        var variables = reader.File.Variables;
        var schema = variables.Select(v => new ParquetColumn(v.Name, TypeOf(v, options))).ToList();
        var cells = new SpssCellText(reader.File, options);
        await using var writer = ParquetWriter.Create(path, schema, SpssParquetMetadata.AddTo(parquet, reader.File, schema, options));
        await using var batcher = new RowGroupBatcher(writer, schema, rowGroupSize);
        long row = 0;
        foreach (var values in reader.ReadCases())
        {
            cancellationToken.ThrowIfCancellationRequested();
            row++;
            for (var i = 0; i < variables.Count; i++)
            {
                batcher[i].Set(batcher.Row, Cell(reader.File.Path, row, variables[i], i, values[i], schema[i].Type, cells, options));
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
            21 or 40 => ParquetType.Time,
            _ => ParquetType.Double,
        };
    }

    private static object? Cell(string file, long row, SpssVariable variable, int index, object? value, ParquetType type, SpssCellText cells, SpssTextOptions options)
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
            ParquetType.Time => TimeOfDay(file, row, variable, (double)value),
            _ => value,
        };
    }

    private static TimeOnly TimeOfDay(string file, long row, SpssVariable variable, double seconds)
    {
        if (seconds is >= 0 and < SecondsPerDay)
        {
            return new TimeOnly((long)Math.Round(seconds * 1_000_000) * 10 % TimeSpan.TicksPerDay);
        }

        var shown = SpssDates.Format(variable.PrintFormat, seconds) ?? seconds.ToString("R", CultureInfo.InvariantCulture);
        throw new UnsupportedValueException(string.Create(
            CultureInfo.InvariantCulture,
            $"{file}: case {row}: variable '{variable.Name}' ({variable.PrintFormat}) holds {shown}, outside one day, which a Parquet TIME cannot hold; convert to .csv or .jsonl, or give the variable an F format"));
    }
}
