using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>Country codes as the report shows them: Korean and English names from the country registry, code beside.</summary>
public static class CountryNames
{
    public const string Korea = "KR";

    /// <summary>The country's names without its code ("대한민국", "South Korea"); the code when the registry has no such country.</summary>
    public static BiText Of(string? code)
    {
        if (code is null)
        {
            return new BiText("(국가 없음)", "(no country)");
        }

        if (!CountryRegistry.BuiltIn.TryGet(code, out var country))
        {
            return BiText.Same(code);
        }

        var en = country.Names.GetValueOrDefault("en") ?? code;
        return new BiText(country.Names.GetValueOrDefault("ko") ?? en, en);
    }

    /// <summary>Both names and the code, for a table: "대한민국 · South Korea (KR)".</summary>
    public static string Full(string? code, ReportLanguage language) => WithCode(Of(code).Joined(language), code);

    /// <summary>The leading language's name and the code, for a chart label or a narrow cell: "대한민국 (KR)".</summary>
    public static string Short(string? code, ReportLanguage language) => WithCode(Of(code).First(language), code);

    public static bool IsKorea(string? code) => string.Equals(code, Korea, StringComparison.OrdinalIgnoreCase);

    private static string WithCode(string name, string? code) =>
        code is null || name == code ? name : $"{name} ({code})";
}
