using ValueAtlas.Formats;
using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// GlobalOpinionQA in its original layout: a UTF-8 CSV with one row per question and the columns <c>question</c>,
/// <c>selections</c> (the repr of a <c>defaultdict(&lt;class 'list'&gt;, {'Country': [share, …], …})</c>), <c>options</c> (a
/// list repr) and optionally <c>source</c> (GAS or WVS, kept as the wave). Other columns are ignored.
/// </summary>
public static class GoqaCsvReader
{
    public static ImportedSet Read(string path)
    {
        using var text = CsvSource.Open(path, null);
        var csv = new CsvRecordReader(text, path);
        var header = csv.Read() ?? throw new FileFormatException(path, 0, "a header line with question, selections, options (and source)");
        CsvSource.CheckHeader(path, header);
        var question = Column(path, header, "question");
        var selections = Column(path, header, "selections");
        var options = Column(path, header, "options");
        var source = header.IndexOf("source");
        var collector = new GoqaCollector(path);
        while (csv.Read() is { } row)
        {
            var number = ++collector.Rows;
            var offset = csv.RecordOffset;
            var where = $"row {number}";
            if (row.Count != header.Count)
            {
                throw new FileFormatException(path, offset, $"{where}: {header.Count} fields as in the header, found {row.Count}");
            }

            var wave = source >= 0 ? row[source].Trim() : "";
            var optionList = Literal(path, offset, where, "options", row[options]) as List<object?>
                ?? throw new FileFormatException(path, offset, $"{where}, column options: a list [...]");
            var (id, count) = collector.Question(row[question], optionList, wave, offset, where);
            if (Literal(path, offset, where, "selections", row[selections]) is not PythonDict countries)
            {
                throw new FileFormatException(path, offset, $"{where}, column selections: a dict or defaultdict of country → shares");
            }

            foreach (var (country, shares) in countries.Entries)
            {
                if (country is not string name || shares is not List<object?> list)
                {
                    throw new FileFormatException(path, offset, $"{where}, column selections: 'Country': [shares…] entries");
                }

                collector.Answers(id, count, name, wave, list, offset, where);
            }
        }

        return collector.ToSet();
    }

    private static object? Literal(string path, long offset, string where, string column, string text)
    {
        try
        {
            return PythonLiteral.Parse(text);
        }
        catch (LiteralSyntaxException e)
        {
            throw new FileFormatException(path, offset, $"{where}, column {column}, character {e.Offset}: {e.Expected}", e);
        }
    }

    private static int Column(string path, List<string> header, string name)
    {
        var index = header.IndexOf(name);
        return index >= 0
            ? index
            : throw new FileFormatException(path, 0, $"a column named \"{name}\" in the header (found: {string.Join(", ", header)})");
    }
}
