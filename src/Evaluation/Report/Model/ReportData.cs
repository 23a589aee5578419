using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Report.Model;

/// <summary>
/// Everything the report shows, already computed: the metrics' results and where they came from. The renderers read
/// only this, so a report can be built by hand (tests) or by the report loader from evaluate's and
/// harmonize's folders.
/// </summary>
public sealed record ReportData
{
    public required string Title { get; init; }

    public ReportLanguage Language { get; init; } = ReportLanguage.Ko;

    public ReportSettings Settings { get; init; } = new();

    /// <summary>Similarity of each model condition to each country; null when no survey or no goqa answers were given.</summary>
    public SimilarityReport? Similarity { get; init; }

    public ReportConsistency? Consistency { get; init; }

    public SteerabilityReport? Steerability { get; init; }

    /// <summary>English topic name → the topic's Korean name, where the items carry one.</summary>
    public IReadOnlyDictionary<string, string> KoreanTopicNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Every model the results name, with whether it is a base or a chat model (the loader decides which).</summary>
    public IReadOnlyDictionary<string, ModelKind> Models { get; init; } = new Dictionary<string, ModelKind>(StringComparer.Ordinal);

    public required ReportProvenance Provenance { get; init; }
}
