using System.Text;

namespace ValueAtlas.Curation.Tests.Review.Exchange;

/// <summary>
/// A sheet as an annotator's spreadsheet holds it: read and written here without the code under
/// test, so a test edits cells the way a person would and saves the file the way a program would.
/// </summary>
internal sealed class TestSheet
{
    private TestSheet(List<string> header, List<List<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public List<string> Header { get; }

    public List<List<string>> Rows { get; }

    public static TestSheet Load(string path)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        var records = CsvRows.Parse(text).Select(r => r.Select(c => c ?? "").ToList()).ToList();
        return new TestSheet(records[0], records.Skip(1).ToList());
    }

    public List<string> Row(string unitId) => Rows.Single(r => r[Column("unit_id")] == unitId);

    public List<string> RowOfKind(string kind) => Rows.First(r => r[Column("kind")] == kind);

    public string Get(List<string> row, string column) => row[Column(column)];

    public TestSheet Set(List<string> row, string column, string value)
    {
        row[Column(column)] = value;
        return this;
    }

    /// <summary>Appends a copy of <paramref name="row"/> with some cells changed, and returns its spreadsheet row number.</summary>
    public int AddCopy(List<string> row, params (string Column, string Value)[] cells)
    {
        var copy = row.ToList();
        foreach (var (column, value) in cells)
        {
            copy[Column(column)] = value;
        }

        Rows.Add(copy);
        return Rows.Count + 1;
    }

    public int Column(string name)
    {
        var index = Header.IndexOf(name);
        return index >= 0 ? index : throw new ArgumentException($"no column {name}", nameof(name));
    }

    /// <summary>Writes the sheet as spreadsheets do: <paramref name="quoteAll"/> like LibreOffice's "quote all text cells".</summary>
    public string Save(string path, string newline = "\r\n", bool bom = true, bool quoteAll = false, char separator = ',')
    {
        var text = new StringBuilder(bom ? "\uFEFF" : "");
        foreach (var record in Rows.Prepend(Header))
        {
            text.Append(string.Join(separator, record.Select(c => Quote(c, quoteAll, separator)))).Append(newline);
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static string Quote(string cell, bool always, char separator) =>
        always || cell.Contains(separator, StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) || cell.Contains('\n', StringComparison.Ordinal) || cell.Contains('\r', StringComparison.Ordinal)
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
}
