namespace ValueAtlas.Evaluation.Config;

/// <summary>What a run is called in rows and in evaluate.json.</summary>
public static class EvaluationRuns
{
    /// <summary>The run's <c>name:</c>, else its kind and 1-based place ("mc-1").</summary>
    public static string NameOf(EvaluationRun run, int index) =>
        string.IsNullOrWhiteSpace(run.Name) ? $"{run.Kind}-{index + 1}" : run.Name.Trim();
}
