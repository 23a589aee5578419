using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Prompts;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Tests.Prompts;

/// <summary>The built-in evaluation templates: all there, each using exactly its kind's variables.</summary>
public sealed class EvalTemplatesTests
{
    private static readonly string[] Languages = ["ko", "en", "zh", "de", "ja"];

    private static readonly TemplateSet BuiltIn = EvaluationPrompts.Create(CountryRegistry.BuiltIn).Templates;

    public static TheoryData<string, string> KindsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in EvalTemplateKinds.All)
        {
            foreach (var language in Languages)
            {
                data.Add(kind, language);
            }
        }

        return data;
    }

    [Fact]
    public void Built_in_set_holds_every_kind_in_the_five_languages_and_nothing_else()
    {
        var names = BuiltIn.Templates.Select(t => $"{t.Step}.{t.Language}").Order(StringComparer.Ordinal);

        var expected = EvalTemplateKinds.All.SelectMany(kind => Languages.Select(language => $"{kind}.{language}")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, names);
        Assert.Equal(50, names.Count());
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public async Task Built_in_template_renders_with_exactly_its_kinds_variables(string kind, string language)
    {
        var template = BuiltIn.Get(kind, language);
        var values = EvalTemplateKinds.Kinds.Variables(kind).ToDictionary(name => name, name => $"<{name}>", StringComparer.Ordinal);

        // RenderAsync refuses a variable without a value and a value without a variable.
        var rendered = await TemplateSet.RenderAsync(template, values, CancellationToken.None);

        Assert.False(template.IsFallback);
        Assert.StartsWith($"{kind}.{language}@", template.Id, StringComparison.Ordinal);
        Assert.All(values.Values, value => Assert.Contains(value, rendered.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("{{", rendered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Built_in_template_is_written_in_its_own_script(string kind, string language)
    {
        var text = BuiltIn.Get(kind, language).Text;

        var own = language switch
        {
            "ko" => text.Count(c => c is >= '\uAC00' and <= '\uD7A3'),
            "zh" or "ja" => text.Count(c => c is >= '\u3040' and <= '\u9FFF'),
            _ => text.Count(char.IsAsciiLetter),
        };
        Assert.True(own >= 8, $"{kind}.{language} has only {own} characters of its own script");
    }

    [Fact]
    public void Goqa_linguistic_template_has_its_own_file_and_id_beside_the_default_one()
    {
        var dp = BuiltIn.Get(EvalTemplateKinds.GoqaDefault, "ko");
        var lp = BuiltIn.Get(EvalTemplateKinds.GoqaLinguistic, "ko");

        Assert.StartsWith("goqa-dp.ko@", dp.Id, StringComparison.Ordinal);
        Assert.StartsWith("goqa-lp.ko@", lp.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_kinds_cover_every_probe_kind()
    {
        Assert.All(ValueAtlas.Evaluation.Inputs.PromptKinds.All, kind => Assert.Contains(kind, EvalTemplateKinds.All));
    }
}
