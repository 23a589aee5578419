namespace ValueAtlas.Formats.Spss;

/// <summary>
/// One case in variable order: a double (or null for system-missing) for numeric variables,
/// a string with trailing padding removed for string variables. User-missing values are kept as read.
/// </summary>
public sealed record SpssCase(IReadOnlyList<object?> Values)
{
    public object? this[int index] => Values[index];
}
