using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Tests.Prompts;

/// <summary>
/// Values a model or a user can hand a template that a renderer could mangle: markup characters, quotes, brace pairs
/// in both placeholder spellings, line breaks and edge whitespace. Each must reach the prompt exactly as given.
/// </summary>
internal static class TrickyValues
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        [PromptPlaceholders.Count] = " 5 ",
        [PromptPlaceholders.ControversialPhrase] = "<b>논쟁적인</b> & \"뜨거운\"",
        [PromptPlaceholders.CountryName] = "Korea <South> & 'North'",
        [PromptPlaceholders.LanguageName] = "{{language_name}}",
        [PromptPlaceholders.Topic] = "{{$topic}} & {{topic}} }}{{",
        [PromptPlaceholders.TopicDescription] = "첫 줄\n둘째 줄\r\n셋째 줄\t탭 &amp; &lt;",
        [PromptPlaceholders.Question] = "\"A\" < 'B' > C?",
        [PromptPlaceholders.Options] = """["<예>", "아니요 & \"모름\"", "{{$options}}"]""",
        [PromptPlaceholders.SourceLanguageName] = "",
        [PromptPlaceholders.TargetLanguageName] = "  한국어  ",
    };

    public static Dictionary<string, string> For(string step) =>
        PromptSteps.Placeholders(step).ToDictionary(name => name, name => ByName[name], StringComparer.Ordinal);
}
