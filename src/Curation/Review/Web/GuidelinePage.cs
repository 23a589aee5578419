namespace ValueAtlas.Curation.Review.Web;

/// <summary>The guidelines for one unit kind, as HTML in Korean and in English.</summary>
public sealed record GuidelinePage(string Kind, string Ko, string En);
