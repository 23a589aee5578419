using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Import;

namespace ValueAtlas.Generation.Tests.Import;

public sealed class PvqImportTests
{
    private static readonly string Data = RepoRoot.File("datasets", "external", "valueconsistency");

    private static IReadOnlyList<PvqFile> Files(params string[] languages) =>
        PvqFile.Discover(languages.Select(l => Path.Combine(Data, $"pvq_{l}.jsonl")));

    [Fact]
    public async Task PublicFiles_Give21RowsPerFile_WithTheirLanguageAndNoCountry()
    {
        var result = await PvqImport.ReadAsync(Files("english", "chinese", "german"), CancellationToken.None);

        Assert.Empty(result.Quarantined);
        Assert.Equal(63, result.Items.Count);
        Assert.Equal(63, result.Items.Select(i => i.Id).Distinct().Count());
        Assert.Equal([("de", 21), ("en", 21), ("zh", 21)], result.Items.GroupBy(i => i.Language.Code).Select(g => (g.Key, g.Count())).OrderBy(p => p.Key));
        Assert.All(result.Items, i => Assert.Equal(("ZZ", false, false), (i.Country, i.Controversial, i.IsParaphrase)));
        Assert.All(result.Items, i => Assert.Equal([Stance.Supports, Stance.Opposes], i.Options.Select(o => o.Stance)));
        Assert.All(result.Items, i => Assert.True(i.Provenance.Imported));

        // Ten values carry the 21 portraits (spirituality has none), in each of three languages.
        Assert.Equal(30, result.Topics.Count);
    }

    [Fact]
    public async Task ChineseRow_LinksToTheEnglishPortraitAtTheSamePlace()
    {
        var result = await PvqImport.ReadAsync(Files("chinese", "english"), CancellationToken.None);

        var english = result.Items.Where(i => i.Language == Language.English).ToList();
        var chinese = result.Items.Where(i => i.Language == Language.Chinese).ToList();
        Assert.Equal(21, chinese.Count);
        for (var i = 0; i < 21; i++)
        {
            Assert.Equal(english[i].Id, chinese[i].OriginalId);
            Assert.Equal(english[i].Text, chinese[i].TextEn);
            Assert.Equal(english[i].TopicNameEn, chinese[i].TopicNameEn);
            Assert.Equal(Language.English, chinese[i].SourceLanguage);
        }

        var first = chinese[0];
        Assert.Equal("Self-direction", first.TopicNameEn);
        Assert.Equal("自我指导", first.TopicName);
        Assert.Equal(["这个人就像我一样", "这个人不像我"], first.Options.Select(o => o.Text));
        Assert.Null(english[0].OriginalId);
        Assert.Equal(english[0].Text, english[0].TextEn);
        Assert.Null(english[0].SourceLanguage);
    }

    [Fact]
    public async Task GermanAlone_IsImportedUnlinked()
    {
        var result = await PvqImport.ReadAsync(Files("german"), CancellationToken.None);

        Assert.Equal(21, result.Items.Count);
        Assert.All(result.Items, i => Assert.Null(i.OriginalId));
        Assert.All(result.Items, i => Assert.Null(i.TextEn));
        Assert.Equal("Selbstbestimmung", result.Items[0].TopicName);
    }

    [Fact]
    public async Task ImportingTwice_GivesTheSameIds()
    {
        var first = await PvqImport.ReadAsync(Files("english", "german"), CancellationToken.None);
        var second = await PvqImport.ReadAsync(Files("english", "german"), CancellationToken.None);

        Assert.Equal(first.Items.Select(i => i.Id), second.Items.Select(i => i.Id));
        Assert.Equal(first.Topics.Select(t => t.Id), second.Topics.Select(t => t.Id));
        Assert.All(first.Items, i => Assert.Equal(i.Id, ContentId.ForQuestion(i)));
    }

    [Fact]
    public async Task TopicIds_FollowTheTranslationConvention_EnglishNameInEachLanguage()
    {
        var result = await PvqImport.ReadAsync(Files("german"), CancellationToken.None);

        var power = result.Items.First(i => i.TopicNameEn == "Power");
        Assert.Equal(ContentId.ForTopic("ZZ", Language.German, "Power", controversial: false), power.TopicId);
    }

    [Fact]
    public async Task BadLines_AreQuarantined_AndAMismatchedTranslationIsNotLinked()
    {
        using var dir = new TempDirectory();
        var englishLines = File.ReadLines(Path.Combine(Data, "pvq_english.jsonl")).Take(2).ToList();
        var germanLines = File.ReadLines(Path.Combine(Data, "pvq_german.jsonl")).Take(2).ToList();
        dir.Write("pvq_english.jsonl", string.Join('\n', englishLines[0], englishLines[1], """{"statement": broken""") + "\n");

        // German rows swapped: the first German portrait measures another value than the first English one.
        dir.Write("pvq_german.jsonl", string.Join('\n', germanLines[1], germanLines[0].Replace("\"supports\"", "\"agrees\"", StringComparison.Ordinal)) + "\n");

        var result = await PvqImport.ReadAsync(PvqFile.Discover([dir.Path]), CancellationToken.None);

        Assert.Equal(2, result.Items.Count);
        Assert.All(result.Items, i => Assert.Equal(Language.English, i.Language));
        Assert.Equal(3, result.Quarantined.Count);
        Assert.Contains("not parallel", result.Quarantined.Single(q => q.File.EndsWith("pvq_german.jsonl", StringComparison.Ordinal) && q.Line == 1).Reason, StringComparison.Ordinal);
        Assert.Contains("agrees", result.Quarantined.Single(q => q.File.EndsWith("pvq_german.jsonl", StringComparison.Ordinal) && q.Line == 2).Reason, StringComparison.Ordinal);
        Assert.Equal(3, result.Quarantined.Single(q => q.File.EndsWith("pvq_english.jsonl", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void FileWhoseNameSaysNoLanguage_IsAnError()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("portraits.jsonl", "{}\n");

        var error = Assert.Throws<InvalidDataException>(() => PvqFile.Discover([file]));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }
}
