using ValueAtlas.Core.Llm;
using ValueAtlas.Evaluation.Answers;

namespace ValueAtlas.Evaluation.Run;

/// <summary>What one query (one prompt in one option order) gave: a distribution over the letters shown, or an error.</summary>
public sealed record QueryAnswer
{
    public required string Method { get; init; }

    /// <summary>Null for an open paragraph and for a failed query.</summary>
    public LetterMass? Mass { get; init; }

    /// <summary>The answer text; for sampling a JSON array of every sample's text.</summary>
    public string Text { get; init; } = "";

    /// <summary>Log-probabilities path: the option the greedy answer text names, if it names one (a refusal "I cannot…" names none).</summary>
    public int? TextLetter { get; init; }

    /// <summary>Sampled because the endpoint's answer to the log-probabilities request carried none.</summary>
    public bool LogprobsMissing { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public decimal Cost { get; init; }

    public double LatencyMs { get; init; }

    /// <summary>Every call of the query came from the cache.</summary>
    public bool Cached { get; init; }

    public int Calls { get; init; }

    public int CacheHits { get; init; }

    /// <summary>Why the query failed (the endpoint's last error after retries); null when it succeeded.</summary>
    public string? Error { get; init; }

    /// <summary>A query answered by one call: its text and what the call cost.</summary>
    public static QueryAnswer OneCall(string method, string text, CallInfo info) => new()
    {
        Method = method,
        Text = text,
        InputTokens = info.InputTokens,
        OutputTokens = info.OutputTokens,
        Cost = info.Cost,
        LatencyMs = info.LatencyMs,
        Cached = info.Cached,
        Calls = 1,
        CacheHits = info.Cached ? 1 : 0,
    };

    /// <summary>A query whose call failed after the gateway's retries; the message is redacted of any key.</summary>
    public static QueryAnswer Failed(string method, string message) => new() { Method = method, Error = SecretRedactor.Redact(message), Calls = 1 };
}
