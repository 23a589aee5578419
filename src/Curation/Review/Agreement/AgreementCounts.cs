namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>
/// What the statistics were computed from. Pairable items have at least two ratings: the only ones on which
/// agreement can be observed.
/// </summary>
public sealed record AgreementCounts(int Items, int Raters, int Ratings, int Categories, int PairableItems);
