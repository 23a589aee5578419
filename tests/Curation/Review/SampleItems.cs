using ValueAtlas.Core.Domain;

namespace ValueAtlas.Curation.Tests.Review;

/// <summary>A small Korean items.jsonl in memory: one topic, two originals, a paraphrase group and an English translation.</summary>
public static class SampleItems
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    public static IReadOnlyList<Question> Korean()
    {
        var topicId = ContentId.ForTopic("KR", Language.Korean, "사형제", controversial: true);
        var q1 = Row(topicId, Language.Korean, "사형제를 폐지해야 한다고 생각하십니까?", "Should the death penalty be abolished?", null, false, null, "예", Stance.Opposes, "아니오", Stance.Supports);
        var q2 = Row(topicId, Language.Korean, "사형제가 범죄 억제에 효과적이라고 보십니까?", "Is the death penalty an effective deterrent?", null, false, null, "예", Stance.Supports, "아니오", Stance.Opposes);
        var p1 = Row(topicId, Language.Korean, "사형 제도는 없어져야 한다고 보십니까?", null, q1.Id, true, null, "예", Stance.Opposes, "아니오", Stance.Supports);
        var p2 = Row(topicId, Language.Korean, "사형제 폐지에 찬성하십니까?", null, q1.Id, true, null, "예", Stance.Opposes, "아니오", Stance.Supports);
        var enTopic = ContentId.ForTopic("KR", Language.English, "Death penalty", controversial: true);
        var t1 = Row(enTopic, Language.English, "Should the death penalty be abolished?", "Should the death penalty be abolished?", q1.Id, false, Language.Korean, "Yes", Stance.Opposes, "No", Stance.Supports) with
        {
            TopicName = "Death penalty",
        };
        return [q1, q2, p1, p2, t1];
    }

    public static Question Row(
        string topicId, Language language, string text, string? textEn, string? originalId, bool paraphrase, Language? source,
        string yes, Stance yesStance, string no, Stance noStance)
    {
        var row = new Question
        {
            Id = "",
            Country = "KR",
            Controversial = true,
            TopicId = topicId,
            TopicName = "사형제",
            TopicNameEn = "Death penalty",
            Language = language,
            Text = text,
            TextEn = textEn,
            Options = [new AnswerOption { Text = yes, Stance = yesStance }, new AnswerOption { Text = no, Stance = noStance }],
            OriginalId = originalId,
            IsParaphrase = paraphrase,
            SourceLanguage = source,
            Provenance = new Provenance { Model = "test", EndpointKind = "test", CreatedAt = Epoch },
        };
        return row with { Id = ContentId.ForQuestion(row) };
    }
}
