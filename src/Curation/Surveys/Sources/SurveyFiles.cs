using System.Text;
using ValueAtlas.Core.Config;

namespace ValueAtlas.Curation.Surveys.Sources;

/// <summary>Opens a survey file by its extension; a format is one entry here and one adapter class.</summary>
public static class SurveyFiles
{
    private static readonly Dictionary<string, Func<string, Encoding?, ISurveyFile>> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        [".sav"] = (path, _) => SpssSurveyFile.Open(path),
        [".zsav"] = (path, _) => SpssSurveyFile.Open(path),
        [".csv"] = (path, encoding) => CsvSurveyFile.Open(path, encoding),
        [".dta"] = (path, _) => StataSurveyFile.Open(path),
    };

    /// <summary>The extensions harmonize reads, for messages.</summary>
    public static string Extensions => string.Join(", ", Openers.Keys);

    /// <param name="path">The file; its extension names its format.</param>
    /// <param name="csvEncoding">The text encoding of a CSV file (UTF-8 when null); files with a dictionary record their own.</param>
    /// <exception cref="ConfigException">The extension is not one harmonize reads.</exception>
    public static ISurveyFile Open(string path, Encoding? csvEncoding = null) =>
        Openers.TryGetValue(System.IO.Path.GetExtension(path), out var open)
            ? open(path, csvEncoding)
            : throw new ConfigException($"{path}: not a survey file harmonize reads (by extension: {Extensions})");

    public static bool IsReadable(string path) => Openers.ContainsKey(System.IO.Path.GetExtension(path));

    public static bool IsCsv(string path) => string.Equals(System.IO.Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase);
}
