using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Report.Document;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>Country codes as the report shows them: Korean and English names from the country registry, code beside.</summary>
public static class CountryNames
{
    public const string Korea = "KR";

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
        var ko = country.Names.GetValueOrDefault("ko") ?? en;
        return new BiText($"{ko} ({code})", $"{en} ({code})");
    }

    public static bool IsKorea(string? code) => string.Equals(code, Korea, StringComparison.OrdinalIgnoreCase);
}
