using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Generation.Import;

namespace ValueAtlas.Evaluation.Tests.Inputs;

public sealed class ItemProbesTests
{
    private static Question Item(string id, string language = "ko", string country = "KR", int options = 2) => new()
    {
        Id = id,
        Country = country,
        Controversial = true,
        TopicId = "t_" + id,
        TopicName = "사형제",
        TopicNameEn = "Death penalty",
        Language = Language.Parse(language),
        Text = "사형제를 폐지해야 합니까? " + id,
        TextEn = "Should the death penalty be abolished?",
        Options = [.. new[] { ("예", Stance.Supports), ("아니요", Stance.Opposes), ("모르겠다", Stance.Neutral) }.Take(options).Select(o => new AnswerOption { Text = o.Item1, Stance = o.Item2 })],
        OriginalId = id == "q_para" ? "q_orig" : null,
        IsParaphrase = id == "q_para",
        Provenance = new Provenance { Model = "m", EndpointKind = "openai", CreatedAt = DateTimeOffset.UnixEpoch },
    };

    private static string Line(Question item) => JsonSerializer.Serialize(item, ArtifactJson.Options);

    private static Task<ProbeSet> Read(TempDirectory dir, EvaluationRun run, params string[] lines)
    {
        var path = dir.Write("items.jsonl", string.Join('\n', lines) + "\n");
        return ItemProbes.ReadAsync(path, run with { Input = path }, CancellationToken.None);
    }

    [Fact]
    public async Task EveryRow_BecomesOneProbeInItsOwnLanguage_WithItsKeysAndOptionsInSourceOrder()
    {
        using var dir = new TempDirectory();

        var set = await Read(dir, new EvaluationRun { Kind = PromptKinds.MultipleChoice, Persona = "KR" },
            Line(Item("q_orig", options: 3)), Line(Item("q_para")), Line(Item("q_en", "en-US", "US")));

        Assert.Empty(set.Skipped);
        Assert.Equal(["q_orig", "q_para", "q_en"], set.Probes.Select(p => p.ItemId));
        Assert.Equal(["ko", "ko", "en"], set.Probes.Select(p => p.Language));
        var paraphrase = set.Probes[1];
        Assert.Equal(
            (PromptKinds.MultipleChoice, "사형제를 폐지해야 합니까? q_para", "t_q_para", "사형제", "Death penalty", "q_orig", true, "KR", true, "Should the death penalty be abolished?", "KR"),
            (paraphrase.Kind, paraphrase.Text, paraphrase.TopicId, paraphrase.TopicName, paraphrase.TopicNameEn, paraphrase.OriginalId, paraphrase.IsParaphrase, paraphrase.Country, paraphrase.Controversial, paraphrase.TextEn, paraphrase.Persona));
        Assert.Equal(
            [new ProbeOption(0, "예", Stance.Supports), new ProbeOption(1, "아니요", Stance.Opposes), new ProbeOption(2, "모르겠다", Stance.Neutral)],
            set.Probes[0].Options);
        Assert.All(set.Probes, p => Assert.Null(p.SteerValue));
        Assert.All(set.Probes, p => Assert.Null(p.Source));
    }

    [Fact]
    public async Task LanguagesAndCountries_SelectRows()
    {
        using var dir = new TempDirectory();
        string[] lines = [Line(Item("q1", "ko", "KR")), Line(Item("q2", "en", "KR")), Line(Item("q3", "ko", "US")), Line(Item("q4", "ja", "JP"))];

        var korean = await Read(dir, new EvaluationRun { Kind = PromptKinds.Open, Languages = ["ko"] }, lines);
        var aboutKorea = await Read(dir, new EvaluationRun { Kind = PromptKinds.Open, Countries = ["kr"] }, lines);
        var both = await Read(dir, new EvaluationRun { Kind = PromptKinds.Open, Languages = ["KO", "ja-JP"], Countries = ["KR", "JP"] }, lines);

        Assert.Equal(["q1", "q3"], korean.Probes.Select(p => p.ItemId));
        Assert.Equal(["q1", "q2"], aboutKorea.Probes.Select(p => p.ItemId));
        Assert.Equal(["q1", "q4"], both.Probes.Select(p => p.ItemId));
        Assert.All(both.Probes, p => Assert.Equal(PromptKinds.Open, p.Kind));
    }

    [Fact]
    public async Task Limit_KeepsTheFirstProbesAfterFiltering()
    {
        using var dir = new TempDirectory();

        var set = await Read(dir, new EvaluationRun { Kind = PromptKinds.MultipleChoice, Languages = ["ko"], Limit = 2 },
            Line(Item("q1")), Line(Item("q2", "en")), Line(Item("q3")), Line(Item("q4")));

        Assert.Equal(["q1", "q3"], set.Probes.Select(p => p.ItemId));
    }

    [Fact]
    public async Task BadRows_AreSkippedWithReasons_NeverDropped()
    {
        using var dir = new TempDirectory();

        var set = await Read(dir, new EvaluationRun { Kind = PromptKinds.MultipleChoice },
            Line(Item("q1")),
            Line(Item("q_one", options: 1)),
            """{"id":"q_broken","country":"KR",""",
            Line(Item("q1")),
            Line(Item("q2")));

        Assert.Equal(["q1", "q2"], set.Probes.Select(p => p.ItemId));
        Assert.Equal(3, set.Skipped.Count);
        Assert.Equal(new ProbeSkip("q_one", "ko", "fewer than two options"), set.Skipped[0]);
        Assert.Equal("line 3", set.Skipped[1].ItemId);
        Assert.StartsWith("malformed line 3 (byte ", set.Skipped[1].Reason, StringComparison.Ordinal);
        Assert.Equal(new ProbeSkip("q1", "ko", "duplicate id"), set.Skipped[2]);
    }

    [Fact]
    public async Task ARowMissingARequiredField_IsMalformed_WithTheSerializersReason()
    {
        using var dir = new TempDirectory();

        var set = await Read(dir, new EvaluationRun { Kind = PromptKinds.MultipleChoice }, Line(Item("q1")).Replace("\"text\":", "\"txt\":", StringComparison.Ordinal));

        var skip = Assert.Single(set.Skipped);
        Assert.Contains("'text'", skip.Reason, StringComparison.Ordinal);
        Assert.Empty(set.Probes);
    }

    [Fact]
    public async Task MissingFile_IsAFileNotFound()
    {
        using var dir = new TempDirectory();

        await Assert.ThrowsAsync<FileNotFoundException>(() =>
            ItemProbes.ReadAsync(dir.File("items.jsonl"), new EvaluationRun { Kind = PromptKinds.MultipleChoice }, CancellationToken.None));
    }

    [Fact]
    public async Task SurveyKind_IsRefused()
    {
        using var dir = new TempDirectory();

        await Assert.ThrowsAsync<ArgumentException>(() => Read(dir, new EvaluationRun { Kind = PromptKinds.GoqaDefault }, Line(Item("q1"))));
    }

    [Fact]
    public async Task Pvq_The21PublicPortraits_Give273Probes_13PerPortrait()
    {
        using var dir = new TempDirectory();
        var data = RepoRoot.File("datasets", "external", "valueconsistency");
        var imported = await PvqImport.ReadAsync(PvqFile.Discover([Path.Combine(data, "pvq_english.jsonl")]), CancellationToken.None);
        var path = dir.File("items.jsonl");
        await JsonlWriter.WriteAsync(path, imported.Items, CancellationToken.None);

        var set = await ItemProbes.ReadAsync(path, new EvaluationRun { Kind = PromptKinds.Pvq, Input = path }, CancellationToken.None);

        Assert.Empty(set.Skipped);
        Assert.Equal(273, set.Probes.Count);
        Assert.All(set.Probes, p => Assert.Equal((PromptKinds.Pvq, "en", "ZZ"), (p.Kind, p.Language, p.Country)));
        var first = set.Probes.Take(13).ToList();
        Assert.All(first, p => Assert.Equal(imported.Items[0].Id, p.ItemId));
        Assert.Equal(
            [null, "value", "self-direction", "stimulation", "hedonism", "achievement", "power", "security", "conformity", "tradition", "benevolence", "universalism", "spirituality"],
            first.Select(p => p.SteerValue));
        Assert.Equal(["This person is like me", "This person is not like me"], first[0].Options.Select(o => o.Text));
        Assert.Equal([Stance.Supports, Stance.Opposes], first[0].Options.Select(o => o.Stance));
        Assert.Equal(21, set.Probes.Select(p => p.ItemId).Distinct().Count());
    }

    [Fact]
    public async Task Pvq_LimitKeepsWholePortraits()
    {
        using var dir = new TempDirectory();
        var data = RepoRoot.File("datasets", "external", "valueconsistency");
        var imported = await PvqImport.ReadAsync(PvqFile.Discover([Path.Combine(data, "pvq_german.jsonl")]), CancellationToken.None);
        var path = dir.File("items.jsonl");
        await JsonlWriter.WriteAsync(path, imported.Items, CancellationToken.None);

        var fifteen = await ItemProbes.ReadAsync(path, new EvaluationRun { Kind = PromptKinds.Pvq, Languages = ["de"], Limit = 15 }, CancellationToken.None);
        var five = await ItemProbes.ReadAsync(path, new EvaluationRun { Kind = PromptKinds.Pvq, Languages = ["de"], Limit = 5 }, CancellationToken.None);
        var thirty = await ItemProbes.ReadAsync(path, new EvaluationRun { Kind = PromptKinds.Pvq, Languages = ["de"], Limit = 30 }, CancellationToken.None);

        // A portrait's steerability needs all 13 prompts: a limit rounds down to whole portraits, but keeps at least one.
        Assert.Equal(13, fifteen.Probes.Count);
        Assert.Equal(13, five.Probes.Count);
        Assert.Equal(26, thirty.Probes.Count);
        Assert.Equal(2, thirty.Probes.Select(p => p.ItemId).Distinct().Count());
    }

    [Fact]
    public async Task ImportedValueConsistency_All8005RowsAreProbes_AndFiltersMatchTheFiles()
    {
        using var dir = new TempDirectory();
        var data = RepoRoot.File("datasets", "external", "valueconsistency");
        var imported = await ValueConsistencyImport.ReadAsync(data, CountryRegistry.BuiltIn, CancellationToken.None);
        var path = dir.File("items.jsonl");
        await JsonlWriter.WriteAsync(path, imported.Items, CancellationToken.None);

        var all = await ItemProbes.ReadAsync(path, new EvaluationRun { Kind = PromptKinds.MultipleChoice }, CancellationToken.None);
        var chineseAboutUs = await ItemProbes.ReadAsync(path, new EvaluationRun { Kind = PromptKinds.MultipleChoice, Languages = ["zh"], Countries = ["US"] }, CancellationToken.None);

        Assert.Empty(all.Skipped);
        Assert.Equal(imported.Items.Select(i => i.Id), all.Probes.Select(p => p.ItemId));
        Assert.Equal(File.ReadLines(Path.Combine(data, "controversial_chinese_us.jsonl")).Count(l => l.Length > 0), chineseAboutUs.Probes.Count);
    }
}
