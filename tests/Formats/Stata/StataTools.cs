using System.Text.Json;
using ValueAtlas.Formats.Tests.Spss;

namespace ValueAtlas.Formats.Tests.Stata;

/// <summary>
/// The independent writers and readers of the Stata tests: readstat (.sav or CSV + JSON metadata to .dta, .dta to CSV)
/// and pandas, run with Debian's python (/usr/bin/python3, where python3-pandas is installed; a python first on PATH
/// may lack it). A missing tool fails the test.
/// </summary>
internal static class StataTools
{
    private const string Python = "/usr/bin/python3";

    private static string Script => RepoRoot.File("tests", "Formats", "Stata", "Data", "pandas_dta.py");

    public static string Run(string tool, string workingDirectory, params string[] arguments) =>
        ExternalTool.RunAsync(tool, workingDirectory, arguments).GetAwaiter().GetResult();

    /// <summary>pspp writes the .sav, readstat converts it to .dta.</summary>
    public static void PsppToDta(TempDirectory directory, string syntax, string sav, string dta)
    {
        SpssTools.Pspp(directory, syntax);
        Run("readstat", directory.Path, sav, dta);
    }

    /// <summary>readstat's summary of a file ("Format version: 118", "Byte order: …", "Rows: …").</summary>
    public static string ReadstatSummary(TempDirectory directory, string file) => Run("readstat", directory.Path, file);

    public static List<string?[]> ReadstatCsv(TempDirectory directory, string file) => SpssTools.ReadstatCsv(directory, file);

    public static JsonElement ExtractMetadata(TempDirectory directory, string file) =>
        JsonDocument.Parse(SpssTools.ExtractMetadata(directory, file)).RootElement;

    /// <summary>Writes p{117,118,119}{le,be}.dta with pandas (see the script for what they hold).</summary>
    public static void PandasFixtures(TempDirectory directory) => Run(Python, directory.Path, Script, "write", directory.Path);

    /// <summary>pandas' reading of each file, keyed by file name.</summary>
    public static JsonElement PandasDump(TempDirectory directory, params string[] files) =>
        JsonDocument.Parse(Run(Python, directory.Path, [Script, "dump", .. files])).RootElement;
}
