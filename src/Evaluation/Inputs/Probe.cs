namespace ValueAtlas.Evaluation.Inputs;

/// <summary>
/// One thing to put to a model, before a model, an option order or a sample is chosen: an item form of
/// <c>items.jsonl</c>, a harmonized survey question in one wording, or a PVQ portrait with one steering value.
/// The key fields are copied into every distribution row so the metrics join without guessing.
/// </summary>
public sealed record Probe
{
    /// <summary>One of <see cref="PromptKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The language the probe is asked in (BCP-47 primary tag: ko, en, zh, de, ja).</summary>
    public required string Language { get; init; }

    /// <summary>The item id (items.jsonl) or the harmonized question id (questions.question_id).</summary>
    public required string ItemId { get; init; }

    public required string Text { get; init; }

    /// <summary>In source order.</summary>
    public required IReadOnlyList<ProbeOption> Options { get; init; }

    // Item keys (null for survey questions).
    public string? TopicId { get; init; }

    /// <summary>The topic's name in <see cref="Language"/>; the judge prompt names it.</summary>
    public string? TopicName { get; init; }

    public string? TopicNameEn { get; init; }

    /// <summary>The original's id; null on an original (its own id is the group, as in items.jsonl).</summary>
    public string? OriginalId { get; init; }

    public bool? IsParaphrase { get; init; }

    /// <summary>The English text of the item's root original (see <see cref="FormAlignment"/>).</summary>
    public string? OriginalTextEn { get; init; }

    /// <summary>The item's place among the forms of its original (see <see cref="FormAlignment"/>).</summary>
    public int? FormIndex { get; init; }

    /// <summary>ISO alpha-2 of the country the item is about.</summary>
    public string? Country { get; init; }

    public bool? Controversial { get; init; }

    /// <summary>The English text of the item (items.jsonl <c>text_en</c>), for aligning forms across languages.</summary>
    public string? TextEn { get; init; }

    // Survey keys (null for items).
    public string? Source { get; init; }

    public string? Wave { get; init; }

    /// <summary>goqa-cp: the alpha-2 code of the country the prompt names ("How would someone from Korea answer").</summary>
    public string? PromptCountry { get; init; }

    /// <summary>pvq: null for the portrait with no value named, "value" for the bare word, else the Schwartz value's English id (e.g. "self-direction").</summary>
    public string? SteerValue { get; init; }

    /// <summary>pvq: the steering value's name in <see cref="Language"/> as the prompt shows it.</summary>
    public string? SteerText { get; init; }

    /// <summary>The alpha-2 code of the persona the system prompt asks the model to answer as; null for none.</summary>
    public string? Persona { get; init; }
}
