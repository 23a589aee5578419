using ValueAtlas.Core.Config;

namespace ValueAtlas.Curation.Surveys.Tables;

/// <summary>
/// Writes a run's files into a temporary folder beside the output folder and moves them in only when the whole run
/// succeeded, so a failure leaves the output folder as it was. Tables an earlier run left there under the names of the
/// harmonized tables (a respondents table, CSV copies) are removed first, so the folder never mixes two runs.
/// </summary>
public static class SurveyOutput
{
    private static readonly string[] TableNames = [SurveyTables.Questions, SurveyTables.Options, SurveyTables.Distributions, SurveyTables.Respondents];

    /// <param name="folder">The output folder as the user gave it (--out).</param>
    /// <param name="write">Writes every file into the temporary folder it is given.</param>
    /// <param name="cancellationToken">Passed to <paramref name="write"/>.</param>
    public static async Task<T> WriteAsync<T>(string folder, Func<string, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(target) ?? throw new ConfigException($"--out {folder}: give a folder, not a file system root");
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var result = await write(temp, cancellationToken).ConfigureAwait(false);
            MoveInto(temp, target);
            return result;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static void MoveInto(string finished, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var stale in TableNames.SelectMany(n => new[] { n + ".parquet", n + ".csv" }))
        {
            var path = Path.Combine(target, stale);
            if (File.Exists(path) && !File.Exists(Path.Combine(finished, stale)))
            {
                File.Delete(path);
            }
        }

        foreach (var written in Directory.GetFiles(finished))
        {
            File.Move(written, Path.Combine(target, Path.GetFileName(written)), overwrite: true);
        }
    }
}
