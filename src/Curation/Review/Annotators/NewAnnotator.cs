namespace ValueAtlas.Curation.Review.Annotators;

/// <summary>An annotator just added, with the one moment its secret token is known in clear.</summary>
public sealed record NewAnnotator(Annotator Annotator, string Token);
