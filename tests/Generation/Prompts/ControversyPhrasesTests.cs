using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Tests.Prompts;

public sealed class ControversyPhrasesTests
{
    [Theory]
    [InlineData("ko", true, "논쟁적인")]
    [InlineData("ko", false, "논쟁의 여지가 없는")]
    [InlineData("en", false, "uncontroversial")]
    [InlineData("ko-KR", true, "논쟁적인")]
    public void For_gives_the_phrase_in_the_templates_language(string language, bool controversial, string expected)
    {
        Assert.Equal(expected, ControversyPhrases.For(language, controversial));
    }

    [Fact]
    public void Every_built_in_topics_template_defines_both_of_its_languages_phrases()
    {
        foreach (var template in PromptLibrary.BuiltIn.Templates.Where(t => t.Step == PromptSteps.Topics))
        {
            Assert.Contains(ControversyPhrases.For(template.Language, controversial: true), template.Text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(ControversyPhrases.For(template.Language, controversial: false), template.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void For_a_language_without_phrases_is_an_error_not_english_words()
    {
        Assert.Throws<ArgumentException>(() => ControversyPhrases.For("fr", controversial: true));
    }
}
