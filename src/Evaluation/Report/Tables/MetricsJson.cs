using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Evaluation.Report.Model;
using ValueAtlas.Evaluation.Report.Sections;

namespace ValueAtlas.Evaluation.Report.Tables;

/// <summary>
/// metrics.json: the settings, the same rows as metrics.parquet, and the provenance the report prints. Endpoints go
/// through <see cref="EndpointText"/> and evaluate's first error messages are left out, so no key can reach the file.
/// </summary>
public static class MetricsJson
{
    public const string FileName = "metrics.json";

    private static readonly JsonSerializerOptions Options = new(ArtifactJson.Options) { WriteIndented = true };

    public static string Serialize(ReportData data, IReadOnlyList<MetricRow> rows)
    {
        ArgumentNullException.ThrowIfNull(data);
        var provenance = data.Provenance;
        var document = new
        {
            data.Title,
            Settings = new
            {
                LogBase = AnswerSection.LogBaseName(data.Settings.LogBase),
                SimilarityMeasure = MetricRows.MeasureName(data.Settings.SimilarityMeasure),
                data.Settings.Resamples,
                data.Settings.Seed,
            },
            Models = data.Models.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new { Model = m.Key, Kind = m.Value == ModelKind.Base ? "base" : "chat" }),
            Rows = rows,
            Provenance = new
            {
                provenance.CommandLine,
                Results = provenance.Results.Select(r => new
                {
                    r.Folder,
                    r.DistributionsSha256,
                    r.Summary.Runs,
                    Models = r.Summary.Models.Select(m => new
                    {
                        m.Model, m.Run, m.Kind, m.JudgeOf, m.Method, m.Probes, m.Queries, m.FailedQueries, m.Calls, m.CacheHits,
                        m.InputTokens, m.OutputTokens, m.Cost, m.UncoveredMass,
                    }),
                    Endpoints = r.Summary.Replicas.Select(e => new { e.Model, Endpoint = EndpointText.Of(e.Endpoint), e.Calls, e.Failures, e.Rests }),
                    PromptTemplates = TemplateIds.Split(r.Summary.PromptTemplates).Select(t => new { t.Template, t.Hash }),
                }),
                provenance.Surveys,
            },
        };
        return JsonSerializer.Serialize(document, Options) + "\n";
    }
}
