namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>
/// The most frequent label of one item. <see cref="Labels"/> holds every label with the top count, sorted ordinally
/// (more than one is a tie); <see cref="Votes"/> is that count, out of <see cref="Ratings"/> for the item.
/// </summary>
public sealed record MajorityLabel(string Item, IReadOnlyList<string> Labels, int Votes, int Ratings)
{
    public bool Tie => Labels.Count > 1;
}
