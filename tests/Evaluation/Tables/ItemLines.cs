using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Evaluation.Tests.Tables;

/// <summary>items.jsonl lines of one question family: a Korean original, its English translation and an English paraphrase.</summary>
internal static class ItemLines
{
    public static IEnumerable<string> Family() =>
        new[]
        {
            Row("q_ko", "ko", "t_ko", "한국어 질문", originalId: null, paraphrase: false, textEn: null),
            Row("q_en", "en", "t_en", "An English question", originalId: "q_ko", paraphrase: false, textEn: "An English question"),
            Row("q_en_p1", "en", "t_en", "Put another way", originalId: "q_ko", paraphrase: true, textEn: "Put another way"),
        }.Select(q => JsonSerializer.Serialize(q, ArtifactJson.Options));

    private static Question Row(string id, string language, string topicId, string text, string? originalId, bool paraphrase, string? textEn) => new()
    {
        Id = id,
        Country = "KR",
        Controversial = true,
        TopicId = topicId,
        TopicName = language == "ko" ? "사형제" : "Death penalty",
        TopicNameEn = "Death penalty",
        Language = Language.Parse(language),
        Text = text,
        TextEn = textEn,
        Options = [new AnswerOption { Text = "예", Stance = Stance.Supports }, new AnswerOption { Text = "아니요", Stance = Stance.Opposes }],
        OriginalId = originalId,
        IsParaphrase = paraphrase,
        Provenance = new Provenance { Model = "test", EndpointKind = "test", CreatedAt = DateTimeOffset.UnixEpoch },
    };
}
