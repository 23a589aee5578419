using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Tests.Inputs;

public sealed class SurveyProbesTests(HarmonizedTablesFixture tables) : IClassFixture<HarmonizedTablesFixture>
{
    private Task<ProbeSet> Read(EvaluationRun run) => SurveyProbes.ReadAsync(tables.Folder, run with { Input = tables.Folder }, CancellationToken.None);

    [Fact]
    public async Task Default_AsksEachQuestionInEnglish_OptionsByOptionIndex_KeysCopied()
    {
        var set = await Read(new EvaluationRun { Kind = PromptKinds.GoqaDefault, Persona = "kr" });

        Assert.Equal(["goqa:q1", "goqa:q2", "goqa:q4"], set.Probes.Select(p => p.ItemId));
        var q1 = set.Probes[0];
        Assert.Equal((PromptKinds.GoqaDefault, "en", "Is religion important?", "goqa", "pew-2019", "KR"), (q1.Kind, q1.Language, q1.Text, q1.Source, q1.Wave, q1.Persona));
        Assert.Equal([new ProbeOption(0, "Yes", Code: "1"), new ProbeOption(1, "No", Code: "2")], q1.Options);
        Assert.Equal("8|9", set.Probes[2].Options[2].Code);
        Assert.All(set.Probes, p => Assert.Null(p.PromptCountry));
        Assert.Equal([new ProbeSkip("goqa:q3", "en", "fewer than two options")], set.Skipped);
    }

    [Fact]
    public async Task CrossNational_AsksEveryQuestionOncePerCountry()
    {
        var set = await Read(new EvaluationRun { Kind = PromptKinds.GoqaCrossNational, Countries = ["kr", "US"] });

        Assert.Equal(
            [("goqa:q1", "KR"), ("goqa:q1", "US"), ("goqa:q2", "KR"), ("goqa:q2", "US"), ("goqa:q4", "KR"), ("goqa:q4", "US")],
            set.Probes.Select(p => (p.ItemId, p.PromptCountry!)));
        Assert.Single(set.Skipped);
    }

    [Fact]
    public async Task CrossNational_InKorean_UsesTheKoreanWording()
    {
        var set = await Read(new EvaluationRun { Kind = PromptKinds.GoqaCrossNational, Languages = ["ko"], Countries = ["KR"] });

        var probe = Assert.Single(set.Probes);
        Assert.Equal(("ko", "종교는 중요합니까?", "KR"), (probe.Language, probe.Text, probe.PromptCountry));
    }

    [Fact]
    public async Task CrossNational_WithoutCountries_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Read(new EvaluationRun { Kind = PromptKinds.GoqaCrossNational }));

        Assert.Contains("countries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linguistic_Korean_AsksOnlyQuestionsWithKoreanWording_AndCountsTheRest()
    {
        var set = await Read(new EvaluationRun { Kind = PromptKinds.GoqaLinguistic, Languages = ["ko-KR"] });

        var probe = Assert.Single(set.Probes);
        Assert.Equal(("goqa:q1", "ko", "종교는 중요합니까?"), (probe.ItemId, probe.Language, probe.Text));
        Assert.Equal(["예", "아니요"], probe.Options.Select(o => o.Text));
        Assert.Equal(
            [new ProbeSkip("goqa:q2", "ko", "no ko wording"), new ProbeSkip("goqa:q3", "ko", "fewer than two options"), new ProbeSkip("goqa:q4", "ko", "no ko wording")],
            set.Skipped);
    }

    [Fact]
    public async Task Linguistic_InALanguageWithNoWordingColumn_SkipsEveryQuestionWithAReason()
    {
        var set = await Read(new EvaluationRun { Kind = PromptKinds.GoqaLinguistic, Languages = ["ko", "zh"] });

        Assert.Equal(["ko"], set.Probes.Select(p => p.Language));
        Assert.Equal(4, set.Skipped.Count(s => s.Language == "zh"));
        Assert.Equal(3, set.Skipped.Count(s => s is { Language: "zh", Reason: "no zh wording" }));
    }

    [Fact]
    public async Task Linguistic_WithoutLanguages_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Read(new EvaluationRun { Kind = PromptKinds.GoqaLinguistic }));
    }

    [Fact]
    public async Task Limit_KeepsTheFirstProbes()
    {
        var set = await Read(new EvaluationRun { Kind = PromptKinds.GoqaCrossNational, Countries = ["KR", "US", "JP"], Limit = 4 });

        Assert.Equal([("goqa:q1", "KR"), ("goqa:q1", "US"), ("goqa:q1", "JP"), ("goqa:q2", "KR")], set.Probes.Select(p => (p.ItemId, p.PromptCountry!)));
    }

    [Fact]
    public async Task MissingTable_IsAFileNotFoundNamingThePath()
    {
        using var empty = new TempDirectory();

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            SurveyProbes.ReadAsync(empty.Path, new EvaluationRun { Kind = PromptKinds.GoqaDefault }, CancellationToken.None));

        Assert.Contains(Path.Combine(empty.Path, "questions.parquet"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TableWithoutAnIdColumn_IsInvalidData()
    {
        using var folder = new TempDirectory();
        File.Copy(Path.Combine(tables.Folder, "options.parquet"), folder.File("options.parquet"));
        await DuckDbTables.WriteAsync(folder.File("questions.parquet"), "SELECT 'q1' AS id, 'x' AS text_en");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() =>
            SurveyProbes.ReadAsync(folder.Path, new EvaluationRun { Kind = PromptKinds.GoqaDefault }, CancellationToken.None));

        Assert.Contains("'question_id'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotParquet_IsInvalidData()
    {
        using var folder = new TempDirectory();
        folder.Write("questions.parquet", "question_id,text_en\nq1,x\n");
        File.Copy(Path.Combine(tables.Folder, "options.parquet"), folder.File("options.parquet"));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() =>
            SurveyProbes.ReadAsync(folder.Path, new EvaluationRun { Kind = PromptKinds.GoqaDefault }, CancellationToken.None));

        Assert.Contains(folder.File("questions.parquet"), error.Message, StringComparison.Ordinal);
    }
}
