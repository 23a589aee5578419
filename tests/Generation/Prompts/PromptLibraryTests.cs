using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Tests.Prompts;

public sealed class PromptLibraryTests
{
    public static TheoryData<string, string> StepsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var step in PromptSteps.All)
        {
            foreach (var language in new[] { "ko", "en", "zh", "de", "ja" })
            {
                data.Add(step, language);
            }
        }

        return data;
    }

    [Fact]
    public void Built_in_library_holds_exactly_the_25_templates()
    {
        var names = PromptLibrary.BuiltIn.Templates.Select(t => $"{t.Step}.{t.Language}").ToList();

        Assert.Equal(25, names.Count);
        var expected = StepsAndLanguages().Select(row => $"{row[0]}.{row[1]}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StepsAndLanguages))]
    public async Task Built_in_template_renders_with_its_steps_variables(string step, string language)
    {
        var template = PromptLibrary.BuiltIn.Get(step, language);

        var rendered = await PromptLibrary.RenderAsync(template, SampleValues.For(step), CancellationToken.None);

        Assert.False(template.IsFallback);
        Assert.Equal(language, template.Language);
        Assert.StartsWith($"{step}.{language}@", template.Id, StringComparison.Ordinal);
        Assert.Equal(template.Id, rendered.TemplateId);
        Assert.DoesNotContain("{{", rendered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", rendered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StepsAndLanguages))]
    public void Built_in_template_shows_the_exact_json_keys_of_its_step(string step, string language)
    {
        var text = PromptLibrary.BuiltIn.Get(step, language).Text;

        var shape = step switch
        {
            PromptSteps.Topics => """{"topics": [{"name": "...", "name_en": "...", "description": "...", "description_en": "..."}]}""",
            PromptSteps.Questions => """{"questions": [{"text": "...", "text_en": "..."}]}""",
            PromptSteps.Options => """{"options": [{"text": "...", "stance": "supports"}, {"text": "...", "stance": "opposes"}]}""",
            PromptSteps.Paraphrases => """{"paraphrases": ["...", "..."]}""",
            _ => """{"topic": "...", "question": "...", "options": ["...", "..."]}""",
        };
        Assert.Contains(shape, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StepsAndLanguages))]
    public void Built_in_template_id_is_name_and_first_12_hex_of_the_hash_of_its_text_in_pre_sk_spelling(string step, string language)
    {
        var template = PromptLibrary.BuiltIn.Get(step, language);

        var preSk = Regex.Replace(template.Text, @"\{\{\$([a-z_]+)\}\}", "{{$1}}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(preSk)));

        Assert.Equal($"{step}.{language}@{hash[..12]}", template.Id);
    }

    [Fact]
    public async Task Korean_prompt_is_written_in_hangul_and_fully_filled()
    {
        foreach (var step in PromptSteps.All)
        {
            var rendered = await PromptLibrary.RenderAsync(PromptLibrary.BuiltIn.Get(step, "ko"), SampleValues.For(step), CancellationToken.None);

            var hangul = rendered.Text.Count(c => c is >= '\uAC00' and <= '\uD7A3');
            Assert.True(hangul > rendered.Text.Length / 5, $"{step}.ko has only {hangul} Hangul syllables");
            Assert.DoesNotContain("{{", rendered.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Language_without_a_template_falls_back_to_english_and_says_so()
    {
        var template = PromptLibrary.BuiltIn.Get(PromptSteps.Topics, "fr");

        Assert.True(template.IsFallback);
        Assert.Equal("en", template.Language);
        Assert.Equal("fr", template.RequestedLanguage);
        Assert.Equal(PromptLibrary.BuiltIn.Get(PromptSteps.Topics, "en").Id, template.Id);
    }

    [Theory]
    [InlineData("ko-KR")]
    [InlineData("KO")]
    [InlineData("ko_KR")]
    public void Regional_or_differently_cased_tag_uses_its_base_language_without_fallback(string tag)
    {
        var template = PromptLibrary.BuiltIn.Get(PromptSteps.Questions, tag);

        Assert.Equal("ko", template.Language);
        Assert.False(template.IsFallback);
    }

    [Fact]
    public void Unknown_step_is_an_argument_error_listing_the_steps()
    {
        var error = Assert.Throws<ArgumentException>(() => PromptLibrary.BuiltIn.Get("topic", "ko"));

        Assert.Contains("topics, questions, options, paraphrases, translation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_file_replaces_one_template_and_changes_its_id()
    {
        using var folder = new TempDirectory();
        folder.Write("options.ko.txt", "주제 {{$topic}}, 질문 {{$question}}에 대한 선택지를 JSON으로 주세요.\n");

        var library = PromptLibrary.WithOverrides(folder.Path);

        var overridden = library.Get(PromptSteps.Options, "ko");
        var builtIn = PromptLibrary.BuiltIn.Get(PromptSteps.Options, "ko");
        Assert.StartsWith("options.ko@", overridden.Id, StringComparison.Ordinal);
        Assert.NotEqual(builtIn.Id, overridden.Id);
        Assert.StartsWith("주제 {{$topic}}", overridden.Text, StringComparison.Ordinal);
        Assert.Equal(PromptLibrary.BuiltIn.Get(PromptSteps.Options, "en"), library.Get(PromptSteps.Options, "en"));
        Assert.Equal(PromptLibrary.BuiltIn.Get(PromptSteps.Topics, "ko"), library.Get(PromptSteps.Topics, "ko"));
    }
}
