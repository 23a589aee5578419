namespace ValueAtlas.Curation.Review.Units;

/// <summary>One thing an annotator decides on, as enqueued: what it shows and where it came from.</summary>
public sealed record ReviewUnit
{
    /// <summary>See <see cref="Core.Domain.ContentId.ForReviewUnit"/>: the same items enqueued again get the same id.</summary>
    public required string Id { get; init; }

    public required string Queue { get; init; }

    public required UnitKind Kind { get; init; }

    /// <summary>The language an annotator must read to decide it (the target side of a translation).</summary>
    public required string Language { get; init; }

    public required string Country { get; init; }

    public required string TopicId { get; init; }

    public required string TopicName { get; init; }

    public required bool Controversial { get; init; }

    public required IReadOnlyList<UnitField> Fields { get; init; }

    /// <summary>The items.jsonl rows the unit covers, kept whole so the approved export can rewrite them.</summary>
    public required IReadOnlyList<string> ItemIds { get; init; }
}
