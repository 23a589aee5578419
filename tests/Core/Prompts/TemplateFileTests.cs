using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Tests.Prompts;

/// <summary>What an override folder's template files are refused for, and how the refusal points at the problem.</summary>
public sealed class TemplateFileTests
{
    [Fact]
    public void Unknown_variable_names_file_line_column_and_the_steps_variables()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("options.ko.txt", "주제 {{$topic}}\n질문 {{$question}}, 국가 {{$country}}\n");

        var error = Assert.Throws<ConfigException>(() => SampleTemplates.Empty.WithOverrides(folder.Path));

        var only = Assert.Single(error.Errors);
        Assert.Equal($"{file}:2:22: unknown variable {{{{$country}}}}; the 'options' step's variables are {{{{$question}}}}, {{{{$topic}}}}", only.ToString());
    }

    [Fact]
    public void Variable_names_are_case_sensitive()
    {
        using var folder = new TempDirectory();
        folder.Write("options.ko.txt", "주제 {{$Topic}}, 질문 {{$question}}\n");

        var error = Assert.Throws<ConfigException>(() => SampleTemplates.Empty.WithOverrides(folder.Path));

        Assert.Contains("options.ko.txt:1:4: unknown variable {{$Topic}}", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing: {{$topic}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pre_sk_placeholder_is_refused_with_the_spelling_to_write_instead()
    {
        using var folder = new TempDirectory();
        folder.Write("options.ko.txt", "주제: {{$topic}}\n질문: {{question}}\n");

        var error = Assert.Throws<ConfigException>(() => SampleTemplates.Empty.WithOverrides(folder.Path));

        Assert.Contains("options.ko.txt:2:5: {{question}} is the placeholder spelling", error.Message, StringComparison.Ordinal);
        Assert.Contains("write {{$question}}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("주제 {{$topic}} 질문 {{$question}}\n끝 {{ 열린 채", 2, 3)]
    [InlineData("주제 {{$topic}} 질문 {{$question}} }}", 1, 32)]
    [InlineData("주제 {{$topic}} 질문 {{$question}}\n{{time.now}}", 2, 1)]
    [InlineData("주제 {{$topic}} 질문 {{$question}} {{'literal'}}", 1, 32)]
    [InlineData("주제 {{$topic}} 질문 {{$question}} {{$}}", 1, 32)]
    public void Brace_pair_that_is_not_a_variable_is_refused_at_its_line(string text, int line, int column)
    {
        using var folder = new TempDirectory();
        var file = folder.Write("options.ko.txt", text);

        var error = Assert.Throws<ConfigException>(() => SampleTemplates.Empty.WithOverrides(folder.Path));

        Assert.StartsWith($"{file}:{line}:{column}: ", Assert.Single(error.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Variable_name_semantic_kernel_cannot_parse_is_refused_with_its_reason()
    {
        using var folder = new TempDirectory();
        folder.Write("options.ko.txt", "주제 {{$topic}}\n질문 {{$question}} {{$country-name}}\n");

        var error = Assert.Throws<ConfigException>(() => SampleTemplates.Empty.WithOverrides(folder.Path));

        Assert.Contains("options.ko.txt:2:18: not a valid Semantic Kernel template:", error.Message, StringComparison.Ordinal);
        Assert.Contains("country-name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_file_of_the_folder_is_reported_at_once()
    {
        using var folder = new TempDirectory();
        folder.Write("options.ko.txt", "{{$topic}} {{$question}} {{$count}}\n");
        folder.Write("topics.ko.txt", "{{country_name}}\n");

        var error = Assert.Throws<ConfigException>(() => SampleTemplates.Empty.WithOverrides(folder.Path));

        Assert.Equal(2, error.Errors.Count);
        Assert.EndsWith("options.ko.txt", error.Errors[0].File, StringComparison.Ordinal);
        Assert.EndsWith("topics.ko.txt", error.Errors[1].File, StringComparison.Ordinal);
    }

    [Fact]
    public void Spaces_inside_the_braces_are_allowed_and_do_not_change_the_id()
    {
        using var tight = new TempDirectory();
        using var spaced = new TempDirectory();
        tight.Write("options.ko.txt", "주제 {{$topic}}, 질문 {{$question}}\n");
        spaced.Write("options.ko.txt", "주제 {{ $topic }}, 질문 {{\t$question }}\n");

        Assert.Equal(
            SampleTemplates.Empty.WithOverrides(tight.Path).Get("options", "ko").Id,
            SampleTemplates.Empty.WithOverrides(spaced.Path).Get("options", "ko").Id);
    }

    [Fact]
    public void File_that_is_not_utf8_is_refused_naming_its_line_instead_of_being_sent_garbled()
    {
        using var folder = new TempDirectory();
        var file = folder.File("options.ko.txt");
        var cp949 = new byte[] { 0xC1, 0xD6, 0xC1, 0xA6 }; // "주제" in CP949, not valid UTF-8
        File.WriteAllBytes(file, [.. "{{$topic}}\n{{$question}}\n"u8, .. cp949]);

        var error = Assert.Throws<ConfigException>(() => SampleTemplates.Empty.WithOverrides(folder.Path));

        Assert.StartsWith($"{file}:3:", Assert.Single(error.Errors).ToString(), StringComparison.Ordinal);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_file_with_a_byte_order_mark_reads_like_one_without()
    {
        using var plain = new TempDirectory();
        using var bom = new TempDirectory();
        File.WriteAllBytes(plain.File("options.ko.txt"), [.. "주제 {{$topic}} 질문 {{$question}}"u8]);
        File.WriteAllBytes(bom.File("options.ko.txt"), [0xEF, 0xBB, 0xBF, .. "주제 {{$topic}} 질문 {{$question}}"u8]);

        Assert.Equal(
            SampleTemplates.Empty.WithOverrides(plain.Path).Get("options", "ko"),
            SampleTemplates.Empty.WithOverrides(bom.Path).Get("options", "ko"));
    }
}
