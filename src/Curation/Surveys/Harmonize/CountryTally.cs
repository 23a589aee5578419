namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>
/// One country's sums per question and slot: respondents, Σw and Σw². Arrays grow when a question meets a new code,
/// which happens a handful of times per question, not per row.
/// </summary>
public sealed class CountryTally
{
    private readonly long[][] _n;
    private readonly double[][] _w;
    private readonly double[][] _w2;

    public CountryTally(string country, IReadOnlyList<QuestionCodes> questions)
    {
        Country = country;
        _n = new long[questions.Count][];
        _w = new double[questions.Count][];
        _w2 = new double[questions.Count][];
        for (var q = 0; q < questions.Count; q++)
        {
            var slots = questions[q].Slots.Count + 4;
            _n[q] = new long[slots];
            _w[q] = new double[slots];
            _w2[q] = new double[slots];
        }
    }

    public string Country { get; }

    /// <summary>Rows of this country read (whatever their answers).</summary>
    public long Rows { get; set; }

    /// <summary>Rows whose weight was system-missing (counted with weight 0).</summary>
    public long WeightMissing { get; set; }

    /// <summary>Rows whose weight was 0.</summary>
    public long WeightZero { get; set; }

    public void Add(int question, int slot, double weight)
    {
        var n = _n[question];
        if (slot >= n.Length)
        {
            Grow(question, slot);
            n = _n[question];
        }

        n[slot]++;
        _w[question][slot] += weight;
        _w2[question][slot] += weight * weight;
    }

    public long N(int question, int slot) => slot < _n[question].Length ? _n[question][slot] : 0;

    public double W(int question, int slot) => slot < _w[question].Length ? _w[question][slot] : 0;

    public double W2(int question, int slot) => slot < _w2[question].Length ? _w2[question][slot] : 0;

    private void Grow(int question, int slot)
    {
        var size = Math.Max(slot + 1, _n[question].Length * 2);
        Array.Resize(ref _n[question], size);
        Array.Resize(ref _w[question], size);
        Array.Resize(ref _w2[question], size);
    }
}
