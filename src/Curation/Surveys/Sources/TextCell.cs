using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Curation.Surveys.Sources;

/// <summary>A cell stored as text, read as a number when it is one (invariant culture), so "1" and 1 are one code.</summary>
internal static class TextCell
{
    public static SurveyCell Classify(ReadOnlySpan<char> text, out double number)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            number = 0;
            return SurveyCell.Empty;
        }

        return CsvNumbers.TryParseDouble(text, out number) && double.IsFinite(number) ? SurveyCell.Number : SurveyCell.Text;
    }
}
