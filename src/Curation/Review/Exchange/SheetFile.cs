namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>A read sheet: its header and rows. Columns are found by name, so a spreadsheet user may reorder or add columns.</summary>
public sealed class SheetFile
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _duplicates = [];

    public SheetFile(IReadOnlyList<string> header, IReadOnlyList<SheetLine> lines)
    {
        Header = header;
        Lines = lines;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (!_columns.TryAdd(name, i))
            {
                _duplicates.Add(name);
            }
        }

        while (Has(SheetColumns.Field(Slots + 1)))
        {
            Slots++;
        }
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<SheetLine> Lines { get; }

    /// <summary>The field slots the header has (field_1, field_2, …).</summary>
    public int Slots { get; }

    /// <summary>Column names the header has more than once; a cell could not be told apart.</summary>
    public IReadOnlyList<string> Duplicates => _duplicates;

    public bool Has(string column) => _columns.ContainsKey(column);

    public int IndexOf(string column) => _columns.GetValueOrDefault(column, -1);

    /// <summary>The cell, cleaned (see <see cref="CellText"/>); empty when the column or the cell is missing.</summary>
    public string Cell(SheetLine line, string column)
    {
        var index = IndexOf(column);
        return index >= 0 && index < line.Cells.Count ? CellText.Clean(line.Cells[index]) : "";
    }

    public IEnumerable<string> MissingColumns() =>
        SheetColumns.Required(Math.Max(Slots, 1)).Where(c => !Has(c));
}
