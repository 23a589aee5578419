using System.Text.Json.Serialization;

namespace ValueAtlas.Core.Domain;

public sealed record Question
{
    /// <summary>See <see cref="ContentId.ForQuestion(Question)"/>.</summary>
    public required string Id { get; init; }

    public required string TopicId { get; init; }

    public required Language Language { get; init; }

    public required string Text { get; init; }

    public required string TextEn { get; init; }

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
