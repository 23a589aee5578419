using Microsoft.Extensions.AI;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Run;

/// <summary>
/// A model as the evaluation uses it: its gateway client, how it is prompted and how its answers are read. A model
/// configured for log-probabilities whose endpoint sends none (LM Studio, Ollama's completions) moves to sampling at
/// its first such answer, for the rest of the run, and evaluate.json says so.
/// </summary>
public sealed class EvaluatedModel(string name, IChatClient client, PromptStyle style, bool sampling, int maxConcurrency)
{
    private volatile bool _sampling = sampling;

    /// <summary>The key under <c>models:</c>, written in every row.</summary>
    public string Name { get; } = name;

    public IChatClient Client { get; } = client;

    public PromptStyle Style { get; } = style;

    public int MaxConcurrency { get; } = maxConcurrency;

    public bool Sampling => _sampling;

    /// <summary>True when the model was configured for log-probabilities but its endpoint sent none.</summary>
    public bool FellBackToSampling { get; private set; }

    internal void FallBackToSampling()
    {
        if (!_sampling)
        {
            FellBackToSampling = true;
            _sampling = true;
        }
    }
}
