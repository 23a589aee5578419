using ValueAtlas.Core.Config;
using ValueAtlas.Core.Prompts;

namespace ValueAtlas.Core.Tests.Prompts;

public sealed class TemplateSetTests
{
    [Fact]
    public void Kind_name_with_a_dash_is_read_from_its_file_name()
    {
        using var folder = new TempDirectory();
        folder.Write("goqa-dp.ko.txt", "{{$question}}\n{{$options}}\n");

        var template = SampleTemplates.Empty.WithOverrides(folder.Path).Get("goqa-dp", "ko");

        Assert.Equal("goqa-dp", template.Step);
        Assert.Equal("ko", template.Language);
        Assert.StartsWith("goqa-dp.ko@", template.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_name_with_a_dot_is_refused_when_the_kinds_are_defined()
    {
        Assert.Throws<ArgumentException>(() => new TemplateKinds("kind", [("goqa.dp", ["question"])]));
    }

    [Fact]
    public void Templates_are_listed_in_the_kinds_order_then_by_language()
    {
        using var folder = new TempDirectory();
        folder.Write("options.ko.txt", "{{$topic}} {{$question}}");
        folder.Write("options.en.txt", "{{$topic}} {{$question}}");
        folder.Write("topics.ko.txt", "{{$country_name}}");

        var names = SampleTemplates.Empty.WithOverrides(folder.Path).Templates.Select(t => $"{t.Step}.{t.Language}");

        Assert.Equal(["topics.ko", "options.en", "options.ko"], names);
    }

    [Fact]
    public void Language_without_a_template_gets_the_fallback_languages_marked_as_such()
    {
        using var folder = new TempDirectory();
        folder.Write("topics.en.txt", "{{$country_name}}");

        var template = SampleTemplates.Empty.WithOverrides(folder.Path).Get("topics", "fr-FR");

        Assert.True(template.IsFallback);
        Assert.Equal("en", template.Language);
        Assert.Equal("fr-FR", template.RequestedLanguage);
    }

    [Fact]
    public void No_template_and_no_fallback_is_an_error_naming_kind_and_language()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SampleTemplates.Empty.Get("topics", "ko"));

        Assert.Contains("'topics'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'ko'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_kind_is_an_argument_error_listing_the_kinds_with_the_stages_noun()
    {
        var error = Assert.Throws<ArgumentException>(() => SampleTemplates.Empty.Get("topic", "ko"));

        Assert.Contains("Known steps: topics, options, goqa-dp.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_can_add_a_language_that_then_needs_no_fallback()
    {
        using var folder = new TempDirectory();
        folder.Write("options.fr.txt", "Sujet : {{$topic}}. Question : {{$question}}.\n");

        var template = SampleTemplates.Empty.WithOverrides(folder.Path).Get("options", "fr");

        Assert.Equal("fr", template.Language);
        Assert.False(template.IsFallback);
    }

    [Fact]
    public void Override_with_crlf_line_endings_gets_the_same_id_as_with_lf()
    {
        using var lf = new TempDirectory();
        using var crlf = new TempDirectory();
        lf.Write("options.ko.txt", "주제: {{$topic}}\n질문: {{$question}}\n");
        crlf.Write("options.ko.txt", "주제: {{$topic}}\r\n질문: {{$question}}\r\n");

        Assert.Equal(
            SampleTemplates.Empty.WithOverrides(lf.Path).Get("options", "ko").Id,
            SampleTemplates.Empty.WithOverrides(crlf.Path).Get("options", "ko").Id);
    }

    [Fact]
    public void Override_missing_a_kinds_variable_fails_when_loaded()
    {
        using var folder = new TempDirectory();
        folder.Write("options.ko.txt", "질문 {{$question}}에 대한 선택지를 주세요.\n");

        var error = Assert.Throws<ConfigException>(() => SampleTemplates.Empty.WithOverrides(folder.Path));

        Assert.Contains("options.ko.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing: {{$topic}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_with_a_malformed_placeholder_fails_when_loaded()
    {
        using var folder = new TempDirectory();
        folder.Write("options.ko.txt", "주제 {{$topic}}, 질문 {{$question}}, 국가 {{ Country }}\n");

        var error = Assert.Throws<ConfigException>(() => SampleTemplates.Empty.WithOverrides(folder.Path));

        Assert.Contains("options.ko.txt:1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{ Country }}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("option.ko.txt")]
    [InlineData("options.txt")]
    [InlineData("goqa.dp.ko.txt")]
    public void Override_named_for_an_unknown_kind_fails_instead_of_being_ignored(string name)
    {
        using var folder = new TempDirectory();
        folder.Write(name, "{{$topic}} {{$question}}\n");

        var error = Assert.Throws<ConfigException>(() => SampleTemplates.Empty.WithOverrides(folder.Path));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains("{step}.{lang}.txt with step one of: topics, options, goqa-dp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_folder_that_does_not_exist_is_an_error()
    {
        using var folder = new TempDirectory();

        Assert.Throws<DirectoryNotFoundException>(() => SampleTemplates.Empty.WithOverrides(folder.File("absent")));
    }
}
