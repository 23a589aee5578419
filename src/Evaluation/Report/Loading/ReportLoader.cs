using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report.Model;
using ValueAtlas.Evaluation.Tables;

namespace ValueAtlas.Evaluation.Report.Loading;

/// <summary>
/// Reads evaluate's and harmonize's folders through the shared table readers and computes every metric the report
/// shows: the four measures three ways (per model, by controversial, by topic), similarity to every country, steerability.
/// </summary>
public static class ReportLoader
{
    /// <exception cref="FileNotFoundException">A folder lacks a table or evaluate.json.</exception>
    /// <exception cref="InvalidDataException">A table or evaluate.json is not what its writer writes.</exception>
    /// <exception cref="CentroidNotConvergedException">A consistency group's centroid did not settle.</exception>
    public static async Task<ReportData> LoadAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var results = new List<ResultsProvenance>();
        var answers = new List<AnswerDistribution>();
        var modelSide = new List<SurveyDistribution>();
        var answeredIn = new Dictionary<(string, string, string, string, string?, string?, string?), string>();
        foreach (var folder in request.Results)
        {
            var summary = await ResultsFolder.ReadSummaryAsync(folder, cancellationToken).ConfigureAwait(false);
            var table = ResultsFolder.DistributionsPath(folder);
            var read = await DistributionTable.ReadAsync(table, new DistributionTableOptions(), cancellationToken).ConfigureAwait(false);
            RefuseAnsweredTwice(read, folder, answeredIn);
            answers.AddRange(read);
            if (request.Surveys is not null)
            {
                // Both sides take the options' ordinal positions from harmonize's options table (Wasserstein needs them).
                var options = Path.Combine(request.Surveys, SurveyFolder.Options);
                modelSide.AddRange(await SurveyTable.ReadAsync(
                    table, SurveySide.Model, new SurveyTableOptions { OptionsPath = File.Exists(options) ? options : null }, cancellationToken).ConfigureAwait(false));
            }

            results.Add(new ResultsProvenance { Folder = folder, Summary = summary, DistributionsSha256 = await ResultsFolder.Sha256Async(table, cancellationToken).ConfigureAwait(false) });
        }

        SurveysProvenance? surveys = null;
        SimilarityReport? similarity = null;
        if (request.Surveys is { } surveyFolder)
        {
            var (human, provenance) = await SurveyFolder.ReadAsync(surveyFolder, cancellationToken).ConfigureAwait(false);
            surveys = provenance;
            var goqa = modelSide.Where(m => m.Condition is not null && PromptKinds.IsSurvey(m.Condition.PromptKind)).ToList();
            if (goqa.Count > 0 && human.Count > 0)
            {
                similarity = Similarity.Compute(goqa, human, new SimilarityOptions
                {
                    Measure = request.Settings.SimilarityMeasure,
                    LogBase = request.Settings.LogBase,
                    Resamples = request.Settings.Resamples,
                    Seed = request.Settings.Seed,
                });
            }
        }

        return new ReportData
        {
            Title = request.Title,
            Language = request.Language,
            Settings = request.Settings,
            Similarity = similarity,
            Consistency = ConsistencyOf(answers, request.Settings),
            Steerability = answers.Any(a => a.PromptKind == PromptKinds.Pvq) ? Steerability.Compute(answers) : null,
            KoreanTopicNames = KoreanTopicNames(answers),
            Models = await ModelKinds.ReadAsync(request.Results.Select(ResultsFolder.DistributionsPath), cancellationToken).ConfigureAwait(false),
            Provenance = new ReportProvenance { Results = results, Surveys = surveys, CommandLine = request.CommandLine },
        };
    }

    // Two folders answering the same would count one answer twice in every measure; the reader refuses this within a
    // table (two runs), the report across tables.
    private static void RefuseAnsweredTwice(
        IReadOnlyList<AnswerDistribution> answers, string folder, Dictionary<(string, string, string, string, string?, string?, string?), string> answeredIn)
    {
        foreach (var a in answers)
        {
            var key = (a.Model, a.PromptKind, a.Language, a.ItemId, a.Persona, a.PromptCountry, a.SteerValue);
            if (answeredIn.TryGetValue(key, out var earlier))
            {
                throw new InvalidDataException(
                    $"{ResultsFolder.DistributionsPath(folder)}: item '{a.ItemId}' of model '{a.Model}' ({a.PromptKind}, {a.Language}) is also answered in {ResultsFolder.DistributionsPath(earlier)}; " +
                    "give each model's answers in one --results folder only");
            }

            answeredIn[key] = folder;
        }
    }

    private static ReportConsistency? ConsistencyOf(IReadOnlyList<AnswerDistribution> answers, ReportSettings settings)
    {
        if (!answers.Any(a => a.PromptKind is PromptKinds.MultipleChoice or PromptKinds.Open && a.SteerValue is null))
        {
            return null;
        }

        var options = new ConsistencyOptions { LogBase = settings.LogBase, Resamples = settings.Resamples, Seed = settings.Seed };
        var reports = ReportConsistency.Breakdowns.Select(by => Consistency.Compute(answers, options with { By = by })).ToList();
        return new ReportConsistency
        {
            ByModel = reports[0],
            ByModelAndControversial = reports[1],
            ByModelAndTopic = reports[2],
            RandomBounds = [new RandomBound(2, RandomBounds.For(2, settings.LogBase)), new RandomBound(3, RandomBounds.For(3, settings.LogBase))],
            Options = options,
        };
    }

    // The consistency breakdown names a topic by its English name; the report shows the Korean one beside it.
    private static Dictionary<string, string> KoreanTopicNames(IReadOnlyList<AnswerDistribution> answers) =>
        answers.Where(a => a.Language == "ko" && a.TopicNameEn is not null && a.TopicName is not null)
            .GroupBy(a => a.TopicNameEn!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().TopicName!, StringComparer.Ordinal);
}
