namespace ValueAtlas.Formats.Stata;

/// <summary>
/// One observation in variable order: a double for a number, null for '.', a <see cref="StataMissing"/> for .a to .z,
/// a string (NUL padding removed, strL resolved) for a string variable.
/// </summary>
public sealed record StataObservation(IReadOnlyList<object?> Values)
{
    public object? this[int index] => Values[index];
}
