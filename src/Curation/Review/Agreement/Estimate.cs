namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>A statistic's value, or why the data leave it undefined.</summary>
internal readonly record struct Estimate(double? Value, string? UndefinedReason)
{
    public static Estimate Of(double value) => new(value, null);

    public static Estimate Undefined(string reason) => new(null, reason);
}
