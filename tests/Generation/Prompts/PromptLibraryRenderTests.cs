using System.Security.Cryptography;
using System.Text;
using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Tests.Prompts;

public sealed class PromptLibraryRenderTests
{
    private static readonly PromptTemplate Greeting = new("greeting.en@000000000000", "options", "en", "Hello {{name}}, about {{topic}}.");

    [Fact]
    public void Render_replaces_every_placeholder_and_hashes_the_utf8_text()
    {
        var rendered = PromptLibrary.Render(Greeting, new Dictionary<string, string> { ["name"] = "지윤", ["topic"] = "안락사" });

        Assert.Equal("Hello 지윤, about 안락사.", rendered.Text);
        Assert.Equal("greeting.en@000000000000", rendered.TemplateId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Hello 지윤, about 안락사."))), rendered.Sha256);
    }

    [Fact]
    public void Same_template_and_values_give_the_same_hash()
    {
        var template = PromptLibrary.BuiltIn.Get(PromptSteps.Questions, "ko");

        var first = PromptLibrary.Render(template, SampleValues.For(PromptSteps.Questions));
        var second = PromptLibrary.Render(template, SampleValues.For(PromptSteps.Questions));

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first.Sha256);
    }

    [Fact]
    public void Changing_one_value_changes_the_hash()
    {
        var template = PromptLibrary.BuiltIn.Get(PromptSteps.Questions, "ko");
        var values = SampleValues.For(PromptSteps.Questions);
        var before = PromptLibrary.Render(template, values);

        values[PromptPlaceholders.Count] = "6";
        var after = PromptLibrary.Render(template, values);

        Assert.NotEqual(before.Sha256, after.Sha256);
        Assert.Equal(before.TemplateId, after.TemplateId);
    }

    [Fact]
    public void Placeholder_without_a_value_names_template_and_placeholder()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => PromptLibrary.Render(Greeting, new Dictionary<string, string> { ["name"] = "지윤" }));

        Assert.Contains("greeting.en@000000000000", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{topic}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_without_a_placeholder_names_template_and_placeholder()
    {
        var values = new Dictionary<string, string> { ["name"] = "지윤", ["topic"] = "안락사", ["country_name"] = "대한민국" };

        var error = Assert.Throws<InvalidOperationException>(() => PromptLibrary.Render(Greeting, values));

        Assert.Contains("greeting.en@000000000000", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{country_name}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_that_looks_like_a_placeholder_is_inserted_literally()
    {
        var rendered = PromptLibrary.Render(Greeting, new Dictionary<string, string> { ["name"] = "{{topic}}", ["topic"] = "안락사" });

        Assert.Equal("Hello {{topic}}, about 안락사.", rendered.Text);
    }

    [Fact]
    public void Options_json_is_inserted_verbatim()
    {
        var values = SampleValues.For(PromptSteps.Translation);

        var rendered = PromptLibrary.Render(PromptLibrary.BuiltIn.Get(PromptSteps.Translation, "en"), values);

        Assert.Contains(values[PromptPlaceholders.Options], rendered.Text, StringComparison.Ordinal);
    }
}
