namespace ValueAtlas.Evaluation.Metrics;

public sealed record CountrySimilarity
{
    /// <summary>Null for a human table with no country column (one unnamed country).</summary>
    public required string? Country { get; init; }

    /// <summary>Mean over the shared questions of the per-question similarity.</summary>
    public required double Mean { get; init; }

    /// <summary>BCa bootstrap over the questions.</summary>
    public required ConfidenceInterval Ci95 { get; init; }

    /// <summary>1 = the most similar country to the model under this condition; ties share the better rank.</summary>
    public required int Rank { get; init; }

    public required IReadOnlyList<QuestionValue> Questions { get; init; }
}
