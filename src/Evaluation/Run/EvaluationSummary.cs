namespace ValueAtlas.Evaluation.Run;

/// <summary>evaluate.json: what was asked, what it cost and what was skipped, per model and run.</summary>
public sealed record EvaluationSummary
{
    public required IReadOnlyList<ModelRunSummary> Models { get; init; }

    public required IReadOnlyList<RunInputSummary> Runs { get; init; }

    /// <summary>Every prompt template id the answers name, so a report can cite them.</summary>
    public required IReadOnlyList<string> PromptTemplates { get; init; }

    /// <summary>Per replica of each model with several endpoints: attempts sent, failures and rests.</summary>
    public IReadOnlyList<ReplicaSummary> Replicas { get; init; } = [];

    public long FailedQueries => Models.Sum(m => m.FailedQueries);
}
