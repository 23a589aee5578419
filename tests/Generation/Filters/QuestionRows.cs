using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Tests.Filters;

/// <summary>Builds question rows the way generation links them: paraphrases and translations point at their original.</summary>
internal static class QuestionRows
{
    private static readonly Provenance Provenance = new()
    {
        Model = "test-model",
        EndpointKind = "openai",
        CreatedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(9)),
    };

    public static Question Original(string topic, string text, Language? language = null)
    {
        var lang = language ?? Language.Korean;
        var topicId = ContentId.ForTopic("KR", lang, topic, controversial: true);
        return new Question
        {
            Id = ContentId.ForQuestion(topicId, lang, text, originalId: null),
            Country = "KR",
            Controversial = true,
            TopicId = topicId,
            TopicName = topic,
            Language = lang,
            Text = text,
            Options = Binary(),
            IsParaphrase = false,
            Provenance = Provenance,
        };
    }

    /// <summary>A paraphrase of an original, or of a translation (then in the translation's language and group).</summary>
    public static Question Paraphrase(Question of, string text) => of with
    {
        Id = ContentId.ForQuestion(of.TopicId, of.Language, text, of.OriginalGroup),
        Text = text,
        OriginalId = of.OriginalGroup,
        IsParaphrase = true,
    };

    public static Question Translation(Question original, Language language, string topic, string text)
    {
        var topicId = ContentId.ForTopic(original.Country, language, topic, original.Controversial);
        return original with
        {
            Id = ContentId.ForQuestion(topicId, language, text, original.Id),
            TopicId = topicId,
            TopicName = topic,
            Language = language,
            Text = text,
            OriginalId = original.Id,
            SourceLanguage = original.Language,
        };
    }

    public static Question WithStances(this Question question, params Stance[] stances) => question with
    {
        Options = [.. stances.Select((s, i) => new AnswerOption { Text = $"선택지 {i + 1}", Stance = s })],
    };

    /// <summary>An original followed by its paraphrases, every text distinct.</summary>
    public static List<Question> Group(string topic, int number, int paraphrases = 2, Language? language = null)
    {
        var original = Original(topic, $"{topic}에 관한 {number}번 질문에 찬성하십니까?", language);
        var rows = new List<Question> { original };
        for (var p = 1; p <= paraphrases; p++)
        {
            rows.Add(Paraphrase(original, $"{topic} {number}번 질문을 바꾼 {p}번째 문장에 동의합니까?"));
        }

        return rows;
    }

    /// <summary>A topic of several originals, each with its paraphrases.</summary>
    public static List<Question> Topic(string topic, int originals, int paraphrases = 2) =>
        [.. Enumerable.Range(1, originals).SelectMany(n => Group(topic, n, paraphrases))];

    private static List<AnswerOption> Binary() =>
    [
        new() { Text = "예", Stance = Stance.Supports },
        new() { Text = "아니요", Stance = Stance.Opposes },
    ];
}
