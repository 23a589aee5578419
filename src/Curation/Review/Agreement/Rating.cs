namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>One rater's label for one item. Compared ordinally: "Yes" and "yes" are different labels.</summary>
public sealed record Rating(string Item, string Rater, string Label);
