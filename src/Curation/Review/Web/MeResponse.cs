using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>Who the token belongs to, and the reject reasons the page offers them.</summary>
public sealed record MeResponse(
    string Id, string Name, AnnotatorRole Role, IReadOnlyList<string> Languages, bool CanAdjudicate, IReadOnlyList<RejectReason> RejectReasons);
