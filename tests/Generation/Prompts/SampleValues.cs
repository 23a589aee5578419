using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Tests.Prompts;

/// <summary>One realistic Korean value per placeholder name, narrowed to what a step declares.</summary>
internal static class SampleValues
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        [PromptPlaceholders.Count] = "5",
        [PromptPlaceholders.ControversialPhrase] = "논쟁적인",
        [PromptPlaceholders.CountryName] = "대한민국",
        [PromptPlaceholders.LanguageName] = "한국어",
        [PromptPlaceholders.Topic] = "안락사",
        [PromptPlaceholders.TopicDescription] = "회복 가능성이 없는 환자가 스스로 죽음을 선택할 권리에 관한 논의입니다.",
        [PromptPlaceholders.Question] = "안락사를 법으로 허용해야 한다고 생각하십니까?",
        [PromptPlaceholders.Options] = """["예, 허용해야 합니다.", "아니요, 허용해서는 안 됩니다."]""",
        [PromptPlaceholders.SourceLanguageName] = "영어",
        [PromptPlaceholders.TargetLanguageName] = "한국어",
    };

    public static Dictionary<string, string> For(string step) =>
        PromptSteps.Placeholders(step).ToDictionary(name => name, name => ByName[name], StringComparer.Ordinal);
}
