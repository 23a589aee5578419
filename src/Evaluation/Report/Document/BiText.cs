using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Document;

/// <summary>A text in Korean and English; the report's language decides which comes first.</summary>
public sealed record BiText(string Ko, string En)
{
    /// <summary>A text that reads the same in both (a model name, a number).</summary>
    public static BiText Same(string text) => new(text, text);

    public string First(ReportLanguage language) => language == ReportLanguage.Ko ? Ko : En;

    public string Second(ReportLanguage language) => language == ReportLanguage.Ko ? En : Ko;

    /// <summary>"첫째 · second", or one of them when both read the same.</summary>
    public string Joined(ReportLanguage language) =>
        Ko == En ? Ko : $"{First(language)} · {Second(language)}";
}
