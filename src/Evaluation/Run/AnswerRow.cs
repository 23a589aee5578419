namespace ValueAtlas.Evaluation.Run;

/// <summary>One row of the <c>answers</c> table: one query, i.e. one prompt in one option order (N calls when sampled).</summary>
public sealed record AnswerRow
{
    public required string QueryId { get; init; }

    public required string Model { get; init; }

    public required string Run { get; init; }

    public required string PromptKind { get; init; }

    public required string Language { get; init; }

    public required string ItemId { get; init; }

    public string? Persona { get; init; }

    public string? PromptCountry { get; init; }

    public string? SteerValue { get; init; }

    /// <summary>Source option indices in letter order ("1,0": option 1 shown as A); empty for an open paragraph.</summary>
    public required string Ordering { get; init; }

    public required string PromptTemplateId { get; init; }

    public required string PromptSha256 { get; init; }

    /// <summary>The probe's language had no template of this kind and the English one was used.</summary>
    public bool PromptFallback { get; init; }

    /// <summary>logprobs, sampling, open or judge.</summary>
    public required string Method { get; init; }

    /// <summary>Judge rows: the judge model's name; the open paragraph it classified is the row <see cref="AnswerOf"/>.</summary>
    public string? JudgeModel { get; init; }

    public string? AnswerOf { get; init; }

    public required string ResponseText { get; init; }

    /// <summary>Log-probabilities path: the letter the answer text itself names, if any. Where it differs from the
    /// distribution's top letter (or is empty, as in "I cannot answer" read as option I), the reading deserves a look.</summary>
    public string? TextLetter { get; init; }

    /// <summary>Sampled because the endpoint answered the log-probabilities request without any.</summary>
    public bool LogprobsMissing { get; init; }

    public double? UncoveredMass { get; init; }

    public bool? NoOptionMass { get; init; }

    /// <summary>The generated position the letters were read at (log-probabilities).</summary>
    public int? LetterPosition { get; init; }

    public int? Samples { get; init; }

    public required long InputTokens { get; init; }

    public required long OutputTokens { get; init; }

    /// <summary>Paid in this run: a cache hit costs nothing.</summary>
    public required decimal Cost { get; init; }

    public required double LatencyMs { get; init; }

    /// <summary>Every call of the query was answered from the cache.</summary>
    public required bool Cached { get; init; }

    /// <summary>Model calls the query made (N when sampled) and how many of them the cache answered.</summary>
    public required int Calls { get; init; }

    public required int CacheHits { get; init; }

    /// <summary>Null when the query succeeded.</summary>
    public string? Error { get; init; }
}
