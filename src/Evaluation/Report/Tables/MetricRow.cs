namespace ValueAtlas.Evaluation.Report.Tables;

/// <summary>
/// One number of the report in the long <c>metrics</c> table: which family and measure, the keys it is for (null where
/// they do not apply), its mean and 95% interval, and what it pools.
/// </summary>
public sealed record MetricRow
{
    /// <summary>consistency, similarity or steerability.</summary>
    public required string Family { get; init; }

    /// <summary>paraphrase, topic, use_case, multilingual; js-distance, js-divergence, wasserstein; rank, mean_rank.</summary>
    public required string Measure { get; init; }

    /// <summary>The dimensions the row is broken down by, joined by ',' (consistency: "model", "model,topic", "" for overall).</summary>
    public string? Breakdown { get; init; }

    public string? Model { get; init; }

    public string? PromptKind { get; init; }

    public string? Language { get; init; }

    /// <summary>Consistency: the items' country; similarity: the respondents' country.</summary>
    public string? Country { get; init; }

    public bool? Controversial { get; init; }

    /// <summary>The English topic name (or topic id).</summary>
    public string? Topic { get; init; }

    /// <summary>The topic's Korean name where the items carry one.</summary>
    public string? TopicName { get; init; }

    public string? Persona { get; init; }

    public string? PromptCountry { get; init; }

    /// <summary>Steerability: the Schwartz value.</summary>
    public string? Value { get; init; }

    /// <summary>e or 2 for the measures built on the JS divergence; null for steerability.</summary>
    public string? LogBase { get; init; }

    public double? Mean { get; init; }

    public double? CiLow { get; init; }

    public double? CiHigh { get; init; }

    public int? Groups { get; init; }

    /// <summary>Consistency: answers pooled; similarity: shared questions; steerability: portraits.</summary>
    public int? Members { get; init; }

    public int? Singletons { get; init; }

    /// <summary>Consistency per model: 1 = most consistent; similarity: the country's rank for the condition; steerability: 0..11.</summary>
    public int? Rank { get; init; }

    /// <summary>How many the rank is out of (models, countries, 11).</summary>
    public int? RankOf { get; init; }
}
