namespace ValueAtlas.Cli.Tests.Evaluate;

/// <summary>A CSV copy of a table (--format csv) as rows of column → text.</summary>
internal static class TableCsv
{
    public static List<Dictionary<string, string?>> Read(string path)
    {
        var rows = CsvRows.Parse(File.ReadAllText(path));
        var header = rows[0];
        return [.. rows.Skip(1).Select(r => header.Select((name, i) => (name!, r[i])).ToDictionary(p => p.Item1, p => p.Item2))];
    }
}
