namespace ValueAtlas.Formats.Spss;

/// <summary>A value-label key or missing value: a number for numeric variables, trimmed text for string variables.</summary>
public readonly record struct SpssValue(double? Number, string? Text)
{
    public static SpssValue Of(double number) => new(number, null);

    public static SpssValue Of(string text) => new(null, text);

    public override string ToString() => Text ?? Number?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
