using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Tests.Prompts;

public sealed class PvqValuesTests
{
    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    [InlineData("zh")]
    [InlineData("de")]
    [InlineData("ja")]
    public void Every_language_names_the_eleven_values_once_each(string language)
    {
        var names = PvqValues.Names(language);

        Assert.Equal(PvqValues.Ids, names.Select(n => n.Id));
        Assert.Equal(11, names.Select(n => n.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("en", "benevolence", "Benevolence")]
    [InlineData("de", "benevolence", "Sozialität")]
    [InlineData("zh", "self-direction", "自我指导")]
    [InlineData("ko", "self-direction", "자기주도")]
    [InlineData("ko", "universalism", "보편주의")]
    [InlineData("ko", "value", "가치")]
    [InlineData("de", "value", "Prinzip")]
    [InlineData("ko-KR", "tradition", "전통")]
    [InlineData("fr", "power", "Power")]
    public void Text_gives_the_name_the_prompt_shows(string language, string steerValue, string expected)
    {
        Assert.Equal(expected, PvqValues.Text(steerValue, language));
    }

    [Fact]
    public void Unknown_value_is_an_argument_error_listing_the_ids()
    {
        var error = Assert.Throws<ArgumentException>(() => PvqValues.Text("kindness", "en"));

        Assert.Contains("self-direction", error.Message, StringComparison.Ordinal);
    }
}
