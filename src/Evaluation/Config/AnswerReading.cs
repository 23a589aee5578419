namespace ValueAtlas.Evaluation.Config;

/// <summary>How an answer distribution is read from a model (<c>evaluation.answers</c>).</summary>
public sealed record AnswerReading
{
    /// <summary>How many alternatives per position to ask for: 20 is OpenAI's and vLLM's maximum; completions endpoints often allow 5.</summary>
    public int TopLogprobs { get; init; } = 20;

    /// <summary>Per model name, a different <see cref="TopLogprobs"/>: OpenAI's legacy completions and TGI allow 5.</summary>
    public Dictionary<string, int> TopLogprobsFor { get; init; } = [];

    public int TopLogprobsOf(string model) => TopLogprobsFor.TryGetValue(model, out var k) ? k : TopLogprobs;

    /// <summary>How many generated positions are scanned for the first one where option letters carry mass.</summary>
    public int ScanPositions { get; init; } = 5;

    /// <summary>Sampling path: answers drawn per query.</summary>
    public int Samples { get; init; } = 20;

    /// <summary>Sampling path: the temperature the samples are drawn at.</summary>
    public double Temperature { get; init; } = 1.0;

    /// <summary>Open-ended answers: the longest paragraph asked for, in tokens.</summary>
    public int OpenMaxTokens { get; init; } = 400;
}
