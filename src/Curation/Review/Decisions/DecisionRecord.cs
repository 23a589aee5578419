namespace ValueAtlas.Curation.Review.Decisions;

/// <summary>A stored decision. Edits keep the original beside them through <see cref="Diffs"/>.</summary>
public sealed record DecisionRecord
{
    public required string UnitId { get; init; }

    public required string AnnotatorId { get; init; }

    public required DecisionKind Decision { get; init; }

    public string? Reason { get; init; }

    public string? Note { get; init; }

    public IReadOnlyDictionary<string, string> Edits { get; init; } = new Dictionary<string, string>();

    /// <summary>Field key → word diff of original against edit (see <see cref="TextDiff"/>).</summary>
    public IReadOnlyDictionary<string, string> Diffs { get; init; } = new Dictionary<string, string>();

    public bool Adjudication { get; init; }

    public string? Rationale { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>
    /// Whether submitting <paramref name="request"/> again would record nothing new: same kind, same
    /// reason for a rejection, same edited text (notes aside). The store answers Unchanged then, and a
    /// spreadsheet import checks it up front with the same rule.
    /// </summary>
    public bool Repeats(DecisionRequest request)
    {
        var edits = request.Decision == DecisionKind.Edit && request.Edits is not null ? request.Edits : new Dictionary<string, string>();
        return Decision == request.Decision
            && (request.Decision != DecisionKind.Reject || Reason == request.Reason)
            && Edits.Count == edits.Count
            && edits.All(e => Edits.TryGetValue(e.Key, out var stored) && stored == e.Value.Trim());
    }

    /// <summary>Same outcome: same kind and the same edited text (reasons and notes may differ).</summary>
    public bool SameOutcome(DecisionRecord other) =>
        Decision == other.Decision
        && Edits.Count == other.Edits.Count
        && Edits.All(e => other.Edits.TryGetValue(e.Key, out var v) && v == e.Value);
}
