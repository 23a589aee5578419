namespace ValueAtlas.Curation.Review.Annotators;

/// <summary>A reviewer. <see cref="Id"/> is pseudonymous and is what exports carry; the name stays in the store.</summary>
public sealed record Annotator
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required AnnotatorRole Role { get; init; }

    /// <summary>Language codes the person reads; they only get units in these.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    public bool CanAdjudicate => Role is AnnotatorRole.Adjudicator or AnnotatorRole.Admin;

    public bool Reads(string language) =>
        Languages.Any(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase)
            || language.StartsWith(l + "-", StringComparison.OrdinalIgnoreCase));
}
