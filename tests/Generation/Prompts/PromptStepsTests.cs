using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Tests.Prompts;

public sealed class PromptStepsTests
{
    [Fact]
    public void All_lists_the_five_steps_in_pipeline_order()
    {
        Assert.Equal(["topics", "questions", "options", "paraphrases", "translation"], PromptSteps.All);
    }

    [Theory]
    [InlineData("topics", "controversial_phrase,count,country_name,language_name")]
    [InlineData("questions", "count,country_name,language_name,topic,topic_description")]
    [InlineData("options", "question,topic")]
    [InlineData("paraphrases", "count,language_name,options,question")]
    [InlineData("translation", "options,question,source_language_name,target_language_name,topic")]
    public void Placeholders_declares_each_steps_names(string step, string expected)
    {
        Assert.Equal(expected, string.Join(',', PromptSteps.Placeholders(step).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Placeholders_of_an_unknown_step_names_the_known_steps()
    {
        var error = Assert.Throws<ArgumentException>(() => PromptSteps.Placeholders("answers"));

        Assert.Contains("answers", error.Message, StringComparison.Ordinal);
        Assert.Contains("topics, questions, options, paraphrases, translation", error.Message, StringComparison.Ordinal);
    }
}
