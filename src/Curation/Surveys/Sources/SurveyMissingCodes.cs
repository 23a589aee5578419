using ValueAtlas.Curation.Surveys.Crosswalks;

namespace ValueAtlas.Curation.Surveys.Sources;

/// <summary>The codes a file declares user-missing for a variable: discrete codes (canonical text) and a numeric range.</summary>
public sealed record SurveyMissingCodes(IReadOnlySet<string> Codes, double? Low, double? High)
{
    public static SurveyMissingCodes None { get; } = new(new HashSet<string>(), null, null);

    public bool IsMissing(double number) =>
        (Low is { } low && High is { } high && number >= low && number <= high) || (Codes.Count > 0 && Codes.Contains(SourceCode.Of(number)));

    public bool IsMissing(string text) => Codes.Contains(text);
}
