using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Evaluation.Tables;

/// <summary>One row group of a Parquet table; rows are numbered from 1 over the whole file.</summary>
internal sealed class ParquetRows(string path, IReadOnlyList<string> names, IReadOnlyList<ParquetColumnData> columns, long firstRow) : TableRows(path)
{
    private readonly Dictionary<string, ParquetColumnData> _byName = names.Zip(columns).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    public override IReadOnlyList<string> ColumnNames => names;

    public override int Count => columns.Count == 0 ? 0 : columns[0].Count;

    public override string Where(int row) => $"row {firstRow + row + 1}";

    protected override object? Cell(string column, int row) =>
        _byName.TryGetValue(column, out var data) ? data[row] : null;
}
