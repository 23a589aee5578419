namespace ValueAtlas.Formats.Spss;

/// <summary>User-missing values: up to three discrete values, a numeric range, or a range plus one discrete value.</summary>
public sealed record SpssMissingValues(IReadOnlyList<SpssValue> Discrete, double? RangeLow, double? RangeHigh)
{
    public static SpssMissingValues None { get; } = new([], null, null);

    public bool HasRange => RangeLow is not null;

    public bool IsEmpty => Discrete.Count == 0 && !HasRange;
}
