namespace ValueAtlas.Formats.Spss;

public enum SpssVariableType
{
    Numeric,
    String,
}
