using System.Globalization;

namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>
/// A source code as a crosswalk writes it and a data file holds it: numbers compare as numbers ("1", "1.0" and 1 are
/// one code), anything else as trimmed text. Crosswalks are written by hand, so "01" must not become a second code.
/// </summary>
public static class SourceCode
{
    /// <summary>The canonical text of a code: a number's shortest round-trip form, else the trimmed text.</summary>
    public static string Normalize(string written)
    {
        var text = written.Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? Of(number)
            : text;
    }

    public static string Of(double number) => (number == 0 ? 0d : number).ToString("R", CultureInfo.InvariantCulture);
}
