using System.Text.Json.Serialization;

namespace ValueAtlas.Core.Domain;

/// <summary>One question form: a row of items.jsonl. Originals, paraphrases and translations are all rows.</summary>
public sealed record Question
{
    /// <summary>See <see cref="ContentId.ForQuestion(Question)"/>.</summary>
    public required string Id { get; init; }

    /// <summary>ISO 3166 alpha-2 code of the country whose values the question is about.</summary>
    public required string Country { get; init; }

    public required bool Controversial { get; init; }

    public required string TopicId { get; init; }

    /// <summary>The topic's name in <see cref="Language"/>, carried on every row so an items file stands alone.</summary>
    public required string TopicName { get; init; }

    public string? TopicNameEn { get; init; }

    public required Language Language { get; init; }

    public required string Text { get; init; }

    /// <summary>The English text when one exists: the text itself for English rows, a translation otherwise; null when unknown.</summary>
    public string? TextEn { get; init; }

    public required IReadOnlyList<AnswerOption> Options { get; init; }

    /// <summary>
    /// The id of the original question this one paraphrases or translates; null on an original,
    /// because an original's id cannot contain itself.
    /// </summary>
    public string? OriginalId { get; init; }

    public required bool IsParaphrase { get; init; }

    /// <summary>The language translated from; null when the question was written in <see cref="Language"/>.</summary>
    public Language? SourceLanguage { get; init; }

    public required Provenance Provenance { get; init; }

    /// <summary>The key shared by an original and all its forms (paraphrase groups in the metrics).</summary>
    [JsonIgnore]
    public string OriginalGroup => OriginalId ?? Id;
}
