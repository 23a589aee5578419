namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>
/// Agreement among raters on nominal labels. A statistic that is undefined for the data is null, and its
/// <c>…UndefinedReason</c> says why, so callers never meet NaN.
/// </summary>
public sealed record AgreementSummary
{
    public required AgreementCounts Counts { get; init; }

    /// <summary>Fleiss (1971); needs the same number (≥ 2) of ratings for every item.</summary>
    public double? FleissKappa { get; init; }

    public string? FleissKappaUndefinedReason { get; init; }

    /// <summary>Krippendorff's alpha, nominal distance, over the pairable items; copes with missing ratings.</summary>
    public double? KrippendorffAlpha { get; init; }

    public string? KrippendorffAlphaUndefinedReason { get; init; }

    /// <summary>
    /// Observed percent agreement as a proportion: per pairable item, the share of rater pairs that gave the same label,
    /// averaged over those items (Fleiss' P̄ when every item has the same number of ratings). Null without a pairable item.
    /// </summary>
    public double? ObservedAgreement { get; init; }

    /// <summary>In the order the items first appear in the ratings.</summary>
    public required IReadOnlyList<MajorityLabel> Majorities { get; init; }
}
