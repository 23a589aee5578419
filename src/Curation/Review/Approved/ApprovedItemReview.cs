using ValueAtlas.Curation.Review.Decisions;

namespace ValueAtlas.Curation.Review.Approved;

/// <summary>The "review" object on each approved items.jsonl row: how the row came to be approved.</summary>
public sealed record ApprovedItemReview
{
    public required string Queue { get; init; }

    public required string UnitId { get; init; }

    public required string UnitKind { get; init; }

    /// <summary>"unanimous" (all N decisions agreed) or "adjudicated".</summary>
    public required string Outcome { get; init; }

    public required bool Edited { get; init; }

    /// <summary>Field key → word diff of the original against the released text.</summary>
    public IReadOnlyDictionary<string, string> Diffs { get; init; } = new Dictionary<string, string>();

    /// <summary>The text before review, per edited field.</summary>
    public IReadOnlyDictionary<string, string> OriginalText { get; init; } = new Dictionary<string, string>();

    /// <summary>Every decision on the unit, with pseudonymous annotator ids only.</summary>
    public required IReadOnlyList<DecisionRecord> Decisions { get; init; }

    /// <summary>Whether the topic of the row was itself reviewed and approved in this queue.</summary>
    public required bool TopicReviewed { get; init; }
}
