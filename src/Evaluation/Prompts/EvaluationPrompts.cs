using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Prompts;

/// <summary>The evaluation prompt templates (one per kind and language) and how a probe is rendered with them.</summary>
public sealed class EvaluationPrompts
{
    /// <summary>The built-in templates, optionally replaced file by file from <paramref name="overrides"/>.</summary>
    public static EvaluationPrompts Create(CountryRegistry countries, string? overrides = null) => throw new NotImplementedException();

    /// <summary>
    /// The prompt for <paramref name="probe"/> with its options shown in <paramref name="lettered"/> order (A first).
    /// For <see cref="PromptKinds.Open"/> no options are shown.
    /// </summary>
    public Task<EvalPrompt> RenderAsync(Probe probe, IReadOnlyList<ProbeOption> lettered, PromptStyle style, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>The judge's prompt: classify <paramref name="answer"/> (the model's open paragraph) among <paramref name="lettered"/>.</summary>
    public Task<EvalPrompt> RenderJudgeAsync(Probe probe, string answer, IReadOnlyList<ProbeOption> lettered, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>"I have no answer" in <paramref name="language"/>: the judge's extra, neutral option.</summary>
    public static string NoAnswerOption(string language) => throw new NotImplementedException();
}
