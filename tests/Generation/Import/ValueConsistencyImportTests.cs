using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Import;

namespace ValueAtlas.Generation.Tests.Import;

public sealed class ValueConsistencyImportTests
{
    private static readonly string Data = RepoRoot.File("datasets", "external", "valueconsistency");

    [Fact]
    public async Task PublicData_ImportsAll8005RowsWithUniqueIds()
    {
        var result = await ValueConsistencyImport.ReadAsync(Data, CountryRegistry.BuiltIn, CancellationToken.None);

        Assert.Empty(result.Quarantined);
        Assert.Equal(8005, result.Items.Count);
        Assert.Equal(8005, result.Items.Select(i => i.Id).Distinct().Count());
        Assert.Equal(1461, result.Items.Count(i => !i.IsParaphrase));
        Assert.All(result.Items, i => Assert.Equal([Stance.Supports, Stance.Opposes], i.Options.Select(o => o.Stance).Order()));
        Assert.All(result.Items, i => Assert.True(i.Provenance.Imported));
    }

    [Fact]
    public async Task PublicData_FileNamesGiveCountryLanguageAndControversy()
    {
        var result = await ValueConsistencyImport.ReadAsync(Data, CountryRegistry.BuiltIn, CancellationToken.None);

        var byFile = result.Items.GroupBy(i => i.Provenance.Parameters["file"]).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(14, byFile.Count);
        foreach (var (file, rows) in byFile)
        {
            Assert.Equal(File.ReadLines(Path.Combine(Data, file)).Count(l => l.Length > 0), rows.Count);
        }

        var chineseUs = byFile["controversial_chinese_us.jsonl"];
        Assert.All(chineseUs, i => Assert.Equal(("US", "zh", true, "en"), (i.Country, i.Language.Code, i.Controversial, i.SourceLanguage?.Code)));
        Assert.All(byFile["uncontroversial_japanese_japan.jsonl"], i => Assert.Equal(("JP", "ja", false, (string?)null), (i.Country, i.Language.Code, i.Controversial, i.SourceLanguage?.Code)));
    }

    [Fact]
    public async Task PublicData_ParaphrasesPointAtTheirOriginalInTheSameTopic()
    {
        var result = await ValueConsistencyImport.ReadAsync(Data, CountryRegistry.BuiltIn, CancellationToken.None);

        var originals = result.Items.Where(i => !i.IsParaphrase).ToDictionary(i => i.Id);
        Assert.All(result.Items.Where(i => i.IsParaphrase), p =>
        {
            Assert.True(originals.TryGetValue(p.OriginalId!, out var original), $"{p.Id} points at missing {p.OriginalId}");
            Assert.Equal(original.TopicId, p.TopicId);
        });
        var english = result.Items.First(i => i.Language.Code == "en" && i.IsParaphrase);
        Assert.Equal(english.Text, english.TextEn);
        var japaneseOriginal = result.Items.First(i => i.Language.Code == "ja" && !i.IsParaphrase);
        Assert.False(string.IsNullOrEmpty(japaneseOriginal.TextEn));
    }

    [Fact]
    public async Task ImportingTwice_GivesTheSameRows()
    {
        var first = await ValueConsistencyImport.ReadAsync(Data, CountryRegistry.BuiltIn, CancellationToken.None);
        var second = await ValueConsistencyImport.ReadAsync(Data, CountryRegistry.BuiltIn, CancellationToken.None);

        Assert.Equal(first.Items.Select(i => i.Id), second.Items.Select(i => i.Id));
        Assert.Equal(first.Topics.Select(t => t.Id), second.Topics.Select(t => t.Id));
    }

    [Fact]
    public async Task BadLines_AreQuarantinedWithFileLineAndReason()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("controversial_english_us.jsonl", string.Join('\n',
            """{"topic":"Guns","topic_english":"Guns","question":"Should guns be banned?","original":"Should guns be banned?","original_english":"Should guns be banned?","rephrase":false,"options":{"yes":"supports","no":"opposes"}}""",
            """{"topic":"Guns","question": broken""",
            """{"topic":"Guns","topic_english":"Guns","question":"Ban guns?","original":"Should guns be banned?","original_english":"Should guns be banned?","rephrase":true,"options":{"yes":"agrees","no":"opposes"}}""",
            """{"topic":"Guns","topic_english":"Guns","original":"Should guns be banned?","original_english":"x","rephrase":1,"options":{}}""") + "\n");
        dir.Write("pvq_english.jsonl", "{\"not\": \"a question file\"}\n");

        var result = await ValueConsistencyImport.ReadAsync(dir.Path, CountryRegistry.BuiltIn, CancellationToken.None);

        Assert.Single(result.Items);
        Assert.Equal([2L, 3L, 4L], result.Quarantined.Select(q => q.Line));
        Assert.All(result.Quarantined, q => Assert.Equal(file, q.File));
        Assert.Contains("agrees", result.Quarantined[1].Reason, StringComparison.Ordinal);
        Assert.Contains("question", result.Quarantined[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderWithoutQuestionFiles_IsAnError()
    {
        using var dir = new TempDirectory();
        dir.Write("pvq_english.jsonl", "{}\n");

        var error = Assert.Throws<FileNotFoundException>(() => ValueConsistencyFile.Discover(dir.Path));

        Assert.Contains(dir.Path, error.Message, StringComparison.Ordinal);
    }
}
