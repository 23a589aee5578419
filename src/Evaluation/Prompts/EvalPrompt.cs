namespace ValueAtlas.Evaluation.Prompts;

/// <summary>
/// A rendered evaluation prompt: the messages sent and what provenance keeps of them. <see cref="Sha256"/> is over the
/// exact text sent (system and user message, or the whole completion prompt), so two rows with the same hash were
/// asked the same thing.
/// </summary>
/// <param name="TemplateId">The kind template's id with its text hash, e.g. <c>mc.ko@1a2b3c4d5e6f</c>; a persona or completion prefix adds <c>+persona.ko@…</c>.</param>
/// <param name="System">The system message (persona), or null.</param>
/// <param name="User">The user message; for <see cref="PromptStyle.Completion"/> the whole prompt, few-shot prefix included.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the UTF-8 text sent: <see cref="EvaluationPrompts.HashedText"/>.</param>
public sealed record EvalPrompt(string TemplateId, string? System, string User, string Sha256)
{
    /// <summary>True when the probe's language had no template for some part and the English one stood in.</summary>
    public bool IsFallback { get; init; }
}
