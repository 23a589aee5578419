using System.Text;
using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Tests.Prompts;

/// <summary>
/// Answers are cached under the rendered prompt, and provenance carries the template id: both must stay what the
/// renderer before Semantic Kernel produced, or a re-run over an existing cache would call the model again.
/// The golden file was written by that renderer; one line per step, language and value set.
/// </summary>
public sealed class RenderedPromptsGoldenTests
{
    private static readonly string Golden = RepoRoot.File("tests", "Generation", "Prompts", "RenderedPrompts.golden.tsv");

    [Fact]
    public async Task Every_built_in_template_renders_byte_for_byte_as_recorded_before_semantic_kernel()
    {
        var expected = File.ReadAllLines(Golden, Encoding.UTF8);

        var actual = await LinesAsync();

        Assert.Equal(50, expected.Length);
        Assert.Equal(expected, actual);
    }

    private static async Task<List<string>> LinesAsync()
    {
        var lines = new List<string>();
        foreach (var template in PromptLibrary.BuiltIn.Templates)
        {
            foreach (var (set, values) in new[] { ("sample", SampleValues.For(template.Step)), ("tricky", TrickyValues.For(template.Step)) })
            {
                var rendered = await PromptLibrary.RenderAsync(template, values, CancellationToken.None);
                lines.Add($"{template.Step}.{template.Language}\t{set}\t{rendered.TemplateId}\t{rendered.Sha256}");
            }
        }

        return lines;
    }
}
