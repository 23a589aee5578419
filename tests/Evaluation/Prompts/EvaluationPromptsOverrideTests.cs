using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Tests.Prompts;

public sealed class EvaluationPromptsOverrideTests
{
    [Fact]
    public async Task Override_replaces_one_template_and_changes_its_id()
    {
        using var folder = new TempDirectory();
        folder.Write("mc.ko.txt", "질문: {{$question}}\n선택지:\n{{$options}}\n알파벳 하나로만 답하세요.\n");
        var probe = SampleProbes.Item(PromptKinds.MultipleChoice, "ko");
        var builtIn = EvaluationPrompts.Create(CountryRegistry.BuiltIn);

        var overridden = EvaluationPrompts.Create(CountryRegistry.BuiltIn, folder.Path);

        var before = await builtIn.RenderAsync(probe, probe.Options, PromptStyle.Chat, CancellationToken.None);
        var after = await overridden.RenderAsync(probe, probe.Options, PromptStyle.Chat, CancellationToken.None);
        Assert.Equal("질문: 안락사를 법으로 허용해야 합니까?\n선택지:\nA. 예, 허용해야 합니다.\nB. 아니요, 허용해서는 안 됩니다.\n알파벳 하나로만 답하세요.", after.User);
        Assert.StartsWith("mc.ko@", after.TemplateId, StringComparison.Ordinal);
        Assert.NotEqual(before.TemplateId, after.TemplateId);
        Assert.Equal(builtIn.Templates.Get(EvalTemplateKinds.MultipleChoice, "en"), overridden.Templates.Get(EvalTemplateKinds.MultipleChoice, "en"));
        Assert.Equal(builtIn.Templates.Get(EvalTemplateKinds.Judge, "ko"), overridden.Templates.Get(EvalTemplateKinds.Judge, "ko"));
    }

    [Fact]
    public void Override_of_a_dashed_kind_is_read_by_its_file_name()
    {
        using var folder = new TempDirectory();
        folder.Write("goqa-cp.ko.txt", "{{$country_name}}의 관점에서: {{$question}}\n{{$options}}\n");

        var prompts = EvaluationPrompts.Create(CountryRegistry.BuiltIn, folder.Path);

        Assert.StartsWith("{{$country_name}}의 관점에서", prompts.Templates.Get(EvalTemplateKinds.GoqaCrossNational, "ko").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_missing_a_required_variable_is_refused_naming_the_file()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("goqa-cp.ko.txt", "다음 질문에 답하세요: {{$question}}\n{{$options}}\n");

        var error = Assert.Throws<ConfigException>(() => EvaluationPrompts.Create(CountryRegistry.BuiltIn, folder.Path));

        var only = Assert.Single(error.Errors);
        Assert.Equal(file, only.File);
        Assert.Contains("the 'goqa-cp' kind must use every one of its variables; missing: {{$country_name}}", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_with_an_unknown_variable_is_refused_at_its_line()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("persona.ko.txt", "{{$country_name}}에 사는\n{{$age}}세 성인으로서 답하세요.\n");

        var error = Assert.Throws<ConfigException>(() => EvaluationPrompts.Create(CountryRegistry.BuiltIn, folder.Path));

        Assert.StartsWith($"{file}:2:1: unknown variable {{{{$age}}}}; the 'persona' kind's variables are {{{{$country_name}}}}", Assert.Single(error.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Override_for_an_unknown_kind_is_refused_listing_the_kinds()
    {
        using var folder = new TempDirectory();
        folder.Write("goqa.ko.txt", "{{$question}}\n");

        var error = Assert.Throws<ConfigException>(() => EvaluationPrompts.Create(CountryRegistry.BuiltIn, folder.Path));

        Assert.Contains("goqa.ko.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("kind one of: mc, open, judge, goqa-dp, goqa-cp, goqa-lp, pvq, pvq-value, persona, completion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Final_line_breaks_of_an_override_are_not_sent_so_a_completion_prompt_ends_with_its_cue()
    {
        using var folder = new TempDirectory();
        folder.Write("completion.en.txt", "Q: What is 1 + 1?\nA. 2\nB. 3\nAnswer: A\n\n{{$prompt}}\nAnswer:\n\n");
        var probe = SampleProbes.Item(PromptKinds.MultipleChoice, "en");

        var prompt = await EvaluationPrompts.Create(CountryRegistry.BuiltIn, folder.Path)
            .RenderAsync(probe, probe.Options, PromptStyle.Completion, CancellationToken.None);

        Assert.EndsWith("Answer with its letter only.\nAnswer:", prompt.User, StringComparison.Ordinal);
    }
}
