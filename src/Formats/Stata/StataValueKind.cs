namespace ValueAtlas.Formats.Stata;

/// <summary>What one value of an observation holds.</summary>
public enum StataValueKind
{
    Number,

    /// <summary>The system missing value '.'.</summary>
    SystemMissing,

    /// <summary>One of .a to .z.</summary>
    ExtendedMissing,

    Text,
}
