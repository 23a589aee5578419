using ValueAtlas.Evaluation.Report.Model;
using ValueAtlas.Evaluation.Tables;

namespace ValueAtlas.Evaluation.Report.Loading;

/// <summary>harmonize's output folder as the report reads it: the countries' distributions and the options' positions.</summary>
public static class SurveyFolder
{
    public const string Distributions = "distributions.parquet";
    public const string Options = "options.parquet";

    public static async Task<(IReadOnlyList<Metrics.SurveyDistribution> Human, SurveysProvenance Provenance)> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var distributions = Path.Combine(folder, Distributions);
        if (!File.Exists(distributions))
        {
            throw new FileNotFoundException($"{distributions}: no such file (expected the distributions table written by valueatlas harmonize --out {folder})", distributions);
        }

        var options = Path.Combine(folder, Options);
        var human = await SurveyTable.ReadAsync(
            distributions, SurveySide.Human, new SurveyTableOptions { OptionsPath = File.Exists(options) ? options : null }, cancellationToken).ConfigureAwait(false);
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var rows in LongTable.ReadAsync(distributions, [], SurveyTable.HumanWhat, cancellationToken).ConfigureAwait(false))
        {
            for (var row = 0; row < rows.Count; row++)
            {
                sources.Add(string.Join(' ', new[] { rows.Text("source", row), rows.Text("wave", row) }.Where(p => !string.IsNullOrEmpty(p))));
            }
        }

        sources.Remove("");
        return (human, new SurveysProvenance
        {
            Folder = folder,
            Sources = [.. sources],
            Questions = human.Select(h => h.QuestionId).Distinct(StringComparer.Ordinal).Count(),
            Countries = human.Select(h => h.Country).Distinct(StringComparer.Ordinal).Count(),
            DistributionsSha256 = await ResultsFolder.Sha256Async(distributions, cancellationToken).ConfigureAwait(false),
        });
    }
}
