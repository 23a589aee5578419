namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>The header names of the item, rater and label columns of a long-format ratings file.</summary>
public sealed record RatingColumns(string Item, string Rater, string Label);
