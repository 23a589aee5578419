namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>One item's ratings counted per label: all that nominal agreement statistics need.</summary>
internal sealed class ItemTally(string item)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public string Item { get; } = item;

    public int Total { get; private set; }

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public bool Pairable => Total >= 2;

    public void Add(string label)
    {
        _counts[label] = _counts.GetValueOrDefault(label) + 1;
        Total++;
    }

    /// <summary>Ordered pairs of ratings with the same label: Σ n_c (n_c − 1).</summary>
    public double AgreeingPairs() => _counts.Values.Sum(n => (double)n * (n - 1));
}
