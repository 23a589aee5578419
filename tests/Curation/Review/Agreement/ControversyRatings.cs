using System.Globalization;
using System.Text;

namespace ValueAtlas.Curation.Tests.Review.Agreement;

/// <summary>
/// The public ValueConsistency controversy ratings: one topic a row with its raters' labels in a Python list
/// (the i-th entry is rater i). Turned into the long item,rater,label form that both we and the oracle read.
/// </summary>
internal static class ControversyRatings
{
    public static string Folder { get; } = RepoRoot.File("datasets", "external", "valueconsistency", "validate", "controversial");

    /// <summary>The rating files; the *_mturk_* files beside them are task inputs, not ratings.</summary>
    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.csv").Select(Path.GetFileName).Where(f => !f!.Contains("_mturk_", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            files.Add(file!);
        }

        return files;
    }

    /// <returns>The number of ratings written.</returns>
    public static int WriteLong(string file, string target)
    {
        var rows = CsvRows.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var header = rows[0];
        var topic = Array.IndexOf(header, "topic");
        var answer = Array.IndexOf(header, "answer");
        var text = new StringBuilder("item,rater,label\n");
        var written = 0;
        foreach (var row in rows.Skip(1))
        {
            var labels = PythonListLiteral.Parse(row[answer]!);
            for (var rater = 0; rater < labels.Count; rater++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\"{row[topic]!.Replace("\"", "\"\"", StringComparison.Ordinal)}\",rater{rater + 1},{labels[rater]}\n");
                written++;
            }
        }

        File.WriteAllText(target, text.ToString());
        return written;
    }
}
