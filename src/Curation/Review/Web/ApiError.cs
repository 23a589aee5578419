namespace ValueAtlas.Curation.Review.Web;

/// <summary>The body of every refused API call.</summary>
public sealed record ApiError(string Error);
