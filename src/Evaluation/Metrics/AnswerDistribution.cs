namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// One model's answer distribution to one item under one condition: the rows of evaluate's <c>distributions</c> table
/// that share model, prompt kind, language, item, persona, prompt country and steering. The metrics read nothing else.
/// </summary>
public sealed record AnswerDistribution
{
    public required string Model { get; init; }

    public required string PromptKind { get; init; }

    public required string Language { get; init; }

    public required string ItemId { get; init; }

    public string? Run { get; init; }

    public string? Persona { get; init; }

    public string? PromptCountry { get; init; }

    /// <summary>PVQ steering: null (no value named), "value" (the bare word) or a Schwartz value's English id.</summary>
    public string? SteerValue { get; init; }

    public string? TopicId { get; init; }

    /// <summary>The topic's name in the item's language (Korean for Korean items).</summary>
    public string? TopicName { get; init; }

    public string? TopicNameEn { get; init; }

    public string? OriginalId { get; init; }

    public bool IsParaphrase { get; init; }

    /// <summary>The English text of this form's original: the multilingual key, with <see cref="TopicNameEn"/> and <see cref="FormIndex"/>.</summary>
    public string? OriginalTextEn { get; init; }

    /// <summary>The form's place within its original (the original 0, its paraphrases 1, 2, … in items.jsonl order).</summary>
    public int? FormIndex { get; init; }

    /// <summary>The country whose values the item is about (alpha-2).</summary>
    public string? Country { get; init; }

    public bool? Controversial { get; init; }

    public required IReadOnlyList<OptionProbability> Options { get; init; }
}
