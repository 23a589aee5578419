namespace ValueAtlas.Formats.Spss;

public enum SpssMeasure
{
    Unknown = 0,
    Nominal = 1,
    Ordinal = 2,
    Scale = 3,
}
