namespace ValueAtlas.Formats.Stata;

/// <summary>
/// One entry of a value-label table. Code has the type an observation value has: a double for an integer code, a
/// <see cref="StataMissing"/> for .a to .z, null for '.', so a value looks its label up with Equals.
/// </summary>
public sealed record StataValueLabel(object? Code, string Label);
