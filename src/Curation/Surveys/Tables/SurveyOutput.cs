namespace ValueAtlas.Curation.Surveys.Tables;

/// <summary>
/// Puts a finished run's files into the output folder. Tables an earlier run left there under the names of the
/// harmonized tables (a respondents table, CSV copies) are removed first, so the folder never mixes two runs.
/// </summary>
public static class SurveyOutput
{
    private static readonly string[] TableNames = [SurveyTables.Questions, SurveyTables.Options, SurveyTables.Distributions, SurveyTables.Respondents];

    public static void MoveInto(string finished, string target)
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
