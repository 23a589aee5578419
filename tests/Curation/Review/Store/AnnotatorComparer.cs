using ValueAtlas.Curation.Review.Annotators;

namespace ValueAtlas.Curation.Tests.Review.Store;

/// <summary>Records compare lists by reference; annotators read back from a store are equal by value.</summary>
public sealed class AnnotatorComparer : IEqualityComparer<Annotator?>
{
    public static AnnotatorComparer Instance { get; } = new();

    public bool Equals(Annotator? x, Annotator? y) =>
        x is not null && y is not null && x.Id == y.Id && x.Name == y.Name && x.Role == y.Role && x.Languages.SequenceEqual(y.Languages);

    public int GetHashCode(Annotator? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
}
