using Microsoft.Extensions.AI;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Run;

/// <summary>
/// A model as the evaluation uses it: its gateway client, how it is prompted and whether its answers are sampled
/// from the start. A model asked for log-probabilities whose endpoint sends none (LM Studio, Ollama's completions) is
/// sampled query by query, each decided by that query's own cached answer, so a re-run decides the same.
/// </summary>
public sealed class EvaluatedModel(string name, IChatClient client, PromptStyle style, bool sampling, int maxConcurrency)
{
    /// <summary>The key under <c>models:</c>, written in every row.</summary>
    public string Name { get; } = name;

    public IChatClient Client { get; } = client;

    public PromptStyle Style { get; } = style;

    public int MaxConcurrency { get; } = maxConcurrency;

    /// <summary>Sampled without asking for log-probabilities first (Anthropic, or listed under <c>evaluation.sampling</c>).</summary>
    public bool Sampling { get; } = sampling;
}
