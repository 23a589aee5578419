namespace ValueAtlas.Evaluation.Config;

/// <summary>
/// The <c>evaluation:</c> section of a run config (eval.yaml): which of the file's <c>models:</c> are under test,
/// the judge, how answers are read, and the runs. Init-only properties with a parameterless constructor for the binder.
/// </summary>
public sealed record EvaluationConfig
{
    /// <summary>Names under <c>models:</c> to evaluate; every run is put to each of them.</summary>
    public List<string> Models { get; init; } = [];

    /// <summary>The name under <c>models:</c> that classifies open-ended answers; required when a run is <c>open</c>.</summary>
    public string? Judge { get; init; }

    /// <summary>Names under <c>models:</c> answered by sampling although their provider could give log-probabilities.</summary>
    public List<string> Sampling { get; init; } = [];

    public AnswerReading Answers { get; init; } = new();

    /// <summary>Folder of prompt templates ({kind}.{lang}.txt) replacing the built-in ones; absolute after loading.</summary>
    public string? Prompts { get; init; }

    public List<EvaluationRun> Runs { get; init; } = [];
}
