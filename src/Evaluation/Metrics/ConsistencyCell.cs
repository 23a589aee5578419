namespace ValueAtlas.Evaluation.Metrics;

/// <summary>The groups of one breakdown cell (or of the whole measure): the scored groups' distances and the singletons.</summary>
internal sealed class ConsistencyCell(string[] keys)
{
    private readonly List<double[]> _scored = [];
    private int _singletons;

    public string[] Keys { get; } = keys;

    public void Add(double[]? distances)
    {
        if (distances is null)
        {
            _singletons++;
        }
        else
        {
            _scored.Add(distances);
        }
    }

    /// <summary>Null when no group of this cell has two members.</summary>
    public MeasureScore? ToScore(string measure, ConsistencyOptions options)
    {
        if (_scored.Count == 0)
        {
            return null;
        }

        var pooled = new List<double>();
        foreach (var distances in _scored)
        {
            pooled.AddRange(distances);
        }

        var values = pooled.ToArray();
        double sum = 0;
        foreach (var d in values)
        {
            sum += d;
        }

        var keyParts = new string?[1 + 2 * Keys.Length];
        keyParts[0] = measure;
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Keys.Length; i++)
        {
            keyParts[1 + 2 * i] = options.By[i];
            keyParts[2 + 2 * i] = Keys[i];
            named[options.By[i]] = Keys[i];
        }

        var seed = StableSeed.Of(options.Seed, keyParts);
        return new MeasureScore
        {
            Keys = named,
            Mean = sum / values.Length,
            Ci95 = BcaBootstrap.MeanInterval(values, options.Resamples, options.Confidence, seed),
            Groups = _scored.Count,
            Members = values.Length,
            Singletons = _singletons,
        };
    }
}
