using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Evaluation.Inputs;

/// <summary>One row group of a harmonized table, its columns looked up by name.</summary>
internal sealed class SurveyTableRows(string path, IReadOnlyDictionary<string, ParquetColumnData> columns)
{
    public IEnumerable<string> ColumnNames => columns.Keys;

    public int Count => columns.Values.FirstOrDefault()?.Count ?? 0;

    /// <summary>The text in <paramref name="column"/> at <paramref name="row"/>; null for a null or blank cell.</summary>
    public string? Text(string column, int row)
    {
        var data = Column(column, ParquetType.String);
        return data.IsNullAt(row) || data.Values.GetValue(row) is not string { } text || string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>An integer column (DuckDB and pandas may write INT64 where harmonize writes INT32).</summary>
    public int? Integer(string column, int row)
    {
        var data = columns[column];
        if (data.IsNullAt(row))
        {
            return null;
        }

        return data.Type switch
        {
            ParquetType.Int32 => ((int[])data.Values)[row],
            ParquetType.Int64 when ((long[])data.Values)[row] is >= int.MinValue and <= int.MaxValue => (int)((long[])data.Values)[row],
            ParquetType.Int64 => throw new InvalidDataException($"{path}: column '{column}' row {row}: {((long[])data.Values)[row]} is out of range"),
            _ => throw new InvalidDataException($"{path}: column '{column}' is {data.Type}, expected an integer"),
        };
    }

    private ParquetColumnData Column(string column, ParquetType type)
    {
        var data = columns[column];
        return data.Type == type ? data : throw new InvalidDataException($"{path}: column '{column}' is {data.Type}, expected {type}");
    }
}
