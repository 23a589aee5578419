namespace ValueAtlas.Evaluation.Tables;

/// <summary>
/// Rows of a text table (CSV or JSONL), each with the line it starts on. A row shorter than the column list (a JSONL
/// object without a later-seen key) is null in the columns it lacks.
/// </summary>
internal sealed class RecordRows(string path, IReadOnlyList<string> names, IReadOnlyList<(long Line, object?[] Cells)> rows) : TableRows(path)
{
    private readonly Dictionary<string, int> _index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);

    public override IReadOnlyList<string> ColumnNames => names;

    public override int Count => rows.Count;

    public override string Where(int row) => $"line {rows[row].Line}";

    protected override object? Cell(string column, int row)
    {
        var cells = rows[row].Cells;
        return _index.TryGetValue(column, out var i) && i < cells.Length ? cells[i] : null;
    }
}
