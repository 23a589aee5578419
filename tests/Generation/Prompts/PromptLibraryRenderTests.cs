using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Tests.Prompts;

/// <summary>Rendering the built-in generation templates; the renderer itself is tested in Core (TemplateSetRenderTests).</summary>
public sealed class PromptLibraryRenderTests
{
    [Fact]
    public async Task Same_template_and_values_give_the_same_hash()
    {
        var template = PromptLibrary.BuiltIn.Get(PromptSteps.Questions, "ko");

        var first = await PromptLibrary.RenderAsync(template, SampleValues.For(PromptSteps.Questions), CancellationToken.None);
        var second = await PromptLibrary.RenderAsync(template, SampleValues.For(PromptSteps.Questions), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first.Sha256);
    }

    [Fact]
    public async Task Changing_one_value_changes_the_hash()
    {
        var template = PromptLibrary.BuiltIn.Get(PromptSteps.Questions, "ko");
        var values = SampleValues.For(PromptSteps.Questions);
        var before = await PromptLibrary.RenderAsync(template, values, CancellationToken.None);

        values[PromptPlaceholders.Count] = "6";
        var after = await PromptLibrary.RenderAsync(template, values, CancellationToken.None);

        Assert.NotEqual(before.Sha256, after.Sha256);
        Assert.Equal(before.TemplateId, after.TemplateId);
    }

    [Fact]
    public async Task Options_json_is_inserted_verbatim()
    {
        var values = SampleValues.For(PromptSteps.Translation);

        var rendered = await PromptLibrary.RenderAsync(PromptLibrary.BuiltIn.Get(PromptSteps.Translation, "en"), values, CancellationToken.None);

        Assert.Contains(values[PromptPlaceholders.Options], rendered.Text, StringComparison.Ordinal);
    }
}
