using System.Globalization;
using System.Text.RegularExpressions;
using ValueAtlas.Core.Config;
using ValueAtlas.Formats;
using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// Any long UTF-8 CSV of (question, country, option, count or share), one row per option. A question's options are
/// in the order they first appear; its id is <c>source:question</c> when the question cell is an identifier (Q46,
/// v2_a), else <c>source:</c> + 12 hex digits of the text's SHA-256 (the text is then the question's wording).
/// </summary>
public static partial class LongTableCsvReader
{
    public static ImportedSet Read(string path, LongTableColumns columns)
    {
        using var text = CsvSource.Open(path, null);
        var csv = new CsvRecordReader(text, path);
        var header = csv.Read() ?? throw new FileFormatException(path, 0, "a header line");
        CsvSource.CheckHeader(path, header);
        if (columns.Count is not null && columns.Share is not null)
        {
            throw new ConfigException("give a count column or a share column, not both");
        }

        var useCount = columns.Share is null && (columns.Count is not null || header.Contains("count"));
        var value = Column(path, header, useCount ? columns.Count ?? "count" : columns.Share ?? "share");
        var (question, country, option) = (Column(path, header, columns.Question), Column(path, header, columns.Country), Column(path, header, columns.Option));
        var questions = new Dictionary<string, (string Id, List<string> Options)>(StringComparer.Ordinal);
        var order = new List<string>();
        var answers = new Dictionary<(string, string), (List<ImportedCell> Cells, string Where)>();
        long rows = 0;
        while (csv.Read() is { } row)
        {
            var where = $"row {++rows}";
            var offset = csv.RecordOffset;
            if (row.Count != header.Count)
            {
                throw new FileFormatException(path, offset, $"{where}: {header.Count} fields as in the header, found {row.Count}");
            }

            var (q, c, o) = (row[question], row[country].Trim(), row[option]);
            if (q.Length == 0 || c.Length == 0 || o.Length == 0)
            {
                throw new FileFormatException(path, offset, $"{where}: a question, a country and an option, found an empty cell");
            }

            if (!questions.TryGetValue(q, out var known))
            {
                known = (Id(columns.Source, q), []);
                questions.Add(q, known);
                order.Add(q);
            }

            var index = known.Options.IndexOf(o);
            if (index < 0)
            {
                index = known.Options.Count;
                known.Options.Add(o);
            }

            if (!answers.TryGetValue((q, c), out var cells))
            {
                cells = ([], where);
                answers.Add((q, c), cells);
            }

            if (cells.Cells.Any(x => x.OptionIndex == index))
            {
                throw new FileFormatException(path, offset, $"{where}: option \"{o}\" of this question in {c} is given a second time");
            }

            cells.Cells.Add(useCount ? new ImportedCell(index, Count(path, offset, where, row[value]), null) : new ImportedCell(index, null, Share(path, offset, where, row[value])));
        }

        var imported = order.Select(q =>
        {
            var (id, options) = questions[q];
            return new ImportedQuestion(id, id[(columns.Source.Length + 1)..], columns.Wave, q, [.. options.Select(o => new ImportedOption(o, o))]);
        }).ToList();
        var all = answers.Select(a => new ImportedAnswers(questions[a.Key.Item1].Id, a.Key.Item2, columns.Wave, a.Value.Cells, a.Value.Where)).ToList();
        return new ImportedSet(columns.Source, path, rows, imported, all);
    }

    private static string Id(string source, string question) =>
        Identifier().IsMatch(question) ? $"{source}:{question}" : GoqaQuestionId.For(question, []).Replace(GoqaQuestionId.Source + ":", source + ":", StringComparison.Ordinal);

    private static long Count(string path, long offset, string where, string text) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new FileFormatException(path, offset, $"{where}: a count (a whole number ≥ 0), found \"{text}\"");

    private static double Share(string path, long offset, string where, string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1
            ? share
            : throw new FileFormatException(path, offset, $"{where}: a share between 0 and 1, found \"{text}\"");

    private static int Column(string path, List<string> header, string name)
    {
        var index = header.IndexOf(name);
        return index >= 0
            ? index
            : throw new FileFormatException(path, 0, $"a column named \"{name}\" in the header (found: {string.Join(", ", header)}); name the columns with --question-column, --country-column, --option-column, --count-column or --share-column");
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex Identifier();
}
