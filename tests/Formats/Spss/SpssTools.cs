namespace ValueAtlas.Formats.Tests.Spss;

/// <summary>Runs pspp, readstat and pspp-convert for fixtures and reference output; a missing tool fails the test.</summary>
internal static class SpssTools
{
    public static void Run(string tool, string workingDirectory, params string[] arguments) =>
        ExternalTool.RunAsync(tool, workingDirectory, arguments).GetAwaiter().GetResult();

    /// <summary>Writes the syntax and runs pspp on it, returning the folder the .sav files were saved in.</summary>
    public static void Pspp(TempDirectory directory, string syntax)
    {
        directory.Write("make.sps", syntax);
        Run("pspp", directory.Path, "-O", "format=txt", "-o", "make.log", "make.sps");
        var log = File.ReadAllText(directory.File("make.log"));
        Assert.DoesNotContain("error:", log, StringComparison.OrdinalIgnoreCase);
    }

    public static List<string?[]> ReadstatCsv(TempDirectory directory, string file)
    {
        var csv = directory.File(file + ".readstat.csv");
        Run("readstat", directory.Path, file, csv);
        return CsvRows.Parse(File.ReadAllText(csv));
    }

    public static List<string?[]> PsppConvertCsv(TempDirectory directory, string file)
    {
        var csv = directory.File(file + ".pspp.csv");
        Run("pspp-convert", directory.Path, "-O", "csv", file, csv);
        return CsvRows.Parse(File.ReadAllText(csv));
    }

    public static string ExtractMetadata(TempDirectory directory, string file)
    {
        var json = directory.File(file + ".meta.json");
        Run("extract_metadata", directory.Path, file, json);
        return File.ReadAllText(json);
    }
}
