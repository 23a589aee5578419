using ValueAtlas.Core.Domain;

namespace ValueAtlas.Evaluation.Prompts;

/// <summary>
/// A country's name as a prompt says it: the registry's name in the prompt's language (English where it has none),
/// except where that name is the formal one a speaker would not use in a sentence. CLDR's Korean name for KR is
/// 대한민국; Koreans ask "한국 사람이라면…" and say "한국에 사는 성인", which is the wording the issue specifies.
/// </summary>
internal static class PromptCountryNames
{
    private static readonly Dictionary<(string Alpha2, string Language), string> Spoken = new()
    {
        [("KR", "ko")] = "한국",
    };

    public static string For(Country country, string language)
    {
        var parsed = Language.Parse(language);
        var primary = parsed.Code.Split('-')[0];
        return Spoken.GetValueOrDefault((country.Alpha2, primary)) ?? country.NameIn(parsed);
    }
}
