namespace ValueAtlas.Formats.Stata;

/// <summary>A variable's storage type: the five numeric types, a fixed-width string (strN) or a long string (strL).</summary>
public enum StataType
{
    Byte,
    Int,
    Long,
    Float,
    Double,
    Str,
    StrL,
}
