namespace ValueAtlas.Curation.Review.Decisions;

/// <summary>What an annotator (or adjudicator) submits for one unit, from the web app, the API or a spreadsheet row.</summary>
public sealed record DecisionRequest
{
    public required DecisionKind Decision { get; init; }

    /// <summary>A code from the configured reject reasons; required for a rejection.</summary>
    public string? Reason { get; init; }

    /// <summary>Free text: why, for a rejection; anything worth saying otherwise.</summary>
    public string? Note { get; init; }

    /// <summary>Field key → new text; required for an edit, and only for editable fields of the unit.</summary>
    public IReadOnlyDictionary<string, string>? Edits { get; init; }

    /// <summary>An adjudicator's reasons; required when deciding a unit in adjudication.</summary>
    public string? Rationale { get; init; }
}
