using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Generation.Import;

namespace ValueAtlas.Evaluation.Tests.Inputs;

public sealed class FormAlignmentTests
{
    [Fact]
    public async Task ImportedChineseForms_AlignWithTheEnglishFormsOfTheSameOriginal()
    {
        var imported = await ValueConsistencyImport.ReadAsync(RepoRoot.File("datasets", "external", "valueconsistency"), CountryRegistry.BuiltIn, CancellationToken.None);

        var forms = FormAlignment.Of(imported.Items);

        var chinese = imported.Items.Where(i => i.Language.Code == "zh" && i.Country == "CN").ToList();
        var english = imported.Items.Where(i => i.Language.Code == "en" && i.Country == "CN").ToList();
        Assert.All(imported.Items, i => Assert.NotNull(forms[i.Id].OriginalTextEn));
        Assert.All(imported.Items.Where(i => !i.IsParaphrase), i => Assert.Equal(0, forms[i.Id].FormIndex));
        var englishKeys = english.Select(i => (i.TopicNameEn, forms[i.Id].OriginalTextEn, forms[i.Id].FormIndex)).ToHashSet();
        var matched = chinese.Count(i => englishKeys.Contains((i.TopicNameEn, forms[i.Id].OriginalTextEn, forms[i.Id].FormIndex)));
        Assert.True(matched > chinese.Count / 2, $"{matched} of {chinese.Count} Chinese forms have an English counterpart");
    }

    [Fact]
    public void GeneratedTranslation_AndItsParaphrases_TakeTheEnglishTextFromTheTranslation()
    {
        var original = Row("q_ko", "ko", "t_ko", "한국어 질문", originalId: null, paraphrase: false, textEn: null);
        var koParaphrase = Row("q_ko_p1", "ko", "t_ko", "한국어 바꿔 말하기", originalId: "q_ko", paraphrase: true, textEn: null);
        var translation = Row("q_en", "en", "t_en", "An English question", originalId: "q_ko", paraphrase: false, textEn: "An English question");
        var enParaphrase1 = Row("q_en_p1", "en", "t_en", "Put another way", originalId: "q_ko", paraphrase: true, textEn: "Put another way");
        var enParaphrase2 = Row("q_en_p2", "en", "t_en", "Yet another way", originalId: "q_ko", paraphrase: true, textEn: "Yet another way");

        var forms = FormAlignment.Of([original, koParaphrase, translation, enParaphrase1, enParaphrase2]);

        Assert.Equal(new ItemForm("An English question", 0, "topic"), forms["q_ko"]);
        Assert.Equal(new ItemForm("An English question", 1, "topic"), forms["q_ko_p1"]);
        Assert.Equal(new ItemForm("An English question", 0, "topic"), forms["q_en"]);
        Assert.Equal(2, forms["q_en_p2"].FormIndex);
    }

    private static Question Row(string id, string language, string topicId, string text, string? originalId, bool paraphrase, string? textEn) => new()
    {
        Id = id,
        Country = "KR",
        Controversial = true,
        TopicId = topicId,
        TopicName = "topic",
        TopicNameEn = "topic",
        Language = Language.Parse(language),
        Text = text,
        TextEn = textEn,
        Options = [new AnswerOption { Text = "예", Stance = Stance.Supports }, new AnswerOption { Text = "아니요", Stance = Stance.Opposes }],
        OriginalId = originalId,
        IsParaphrase = paraphrase,
        Provenance = new Provenance { Model = "test", EndpointKind = "test", CreatedAt = DateTimeOffset.UnixEpoch },
    };
}
