using ValueAtlas.Core.Domain;

namespace ValueAtlas.Core.Tests.Domain;

internal static class SampleRows
{
    public static Provenance Provenance { get; } = new()
    {
        Model = "exaone-3.5-32b",
        EndpointKind = "openai",
        PromptTemplateId = "questions.ko.v1",
        PromptSha256 = new string('a', 64),
        Parameters = new Dictionary<string, string> { ["top_p"] = "0.9", ["temperature"] = "0.7" },
        Attempts = 1,
        InputTokens = 120,
        OutputTokens = 48,
        Cost = 0.0012m,
        CreatedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(9)),
    };

    public static Question Question(string text = "한국은 사형제를 폐지해야 한다고 생각하십니까?")
    {
        var topicId = ContentId.ForTopic("KR", Language.Korean, "사형제", controversial: true);
        return new Question
        {
            Id = ContentId.ForQuestion(topicId, Language.Korean, text, originalId: null),
            Country = "KR",
            Controversial = true,
            TopicId = topicId,
            TopicName = "사형제",
            TopicNameEn = "Death penalty",
            Language = Language.Korean,
            Text = text,
            TextEn = "Do you think Korea should abolish the death penalty?",
            Options =
            [
                new AnswerOption { Text = "예", Stance = Stance.Supports },
                new AnswerOption { Text = "아니요", Stance = Stance.Opposes },
            ],
            IsParaphrase = false,
            Provenance = Provenance,
        };
    }
}
