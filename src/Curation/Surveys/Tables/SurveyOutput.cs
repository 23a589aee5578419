using ValueAtlas.Core.Config;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Curation.Surveys.Tables;

/// <summary>The harmonized tables written through a <see cref="StagedFolder"/>: all of a run, or nothing.</summary>
public static class SurveyOutput
{
    private static readonly string[] TableNames = [SurveyTables.Questions, SurveyTables.Options, SurveyTables.Distributions, SurveyTables.Respondents];

    /// <param name="folder">The output folder as the user gave it (--out).</param>
    /// <param name="write">Writes every file into the temporary folder it is given.</param>
    /// <param name="cancellationToken">Passed to <paramref name="write"/>.</param>
    public static Task<T> WriteAsync<T>(string folder, Func<string, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(folder)) is null)
        {
            throw new ConfigException($"--out {folder}: give a folder, not a file system root");
        }

        return StagedFolder.WriteAsync(folder, TableNames, write, cancellationToken);
    }
}
