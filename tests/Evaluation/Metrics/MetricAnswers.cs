using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

/// <summary>Hand-built answers for the metrics' tests: stance probabilities in the order supports, opposes, neutral.</summary>
internal static class MetricAnswers
{
    public static AnswerDistribution Answer(
        string item, double supports, double opposes, double? neutral = null, string model = "m", string kind = "mc",
        string language = "en", string? topic = "t1", string? original = null, string? steer = null,
        string? topicEn = null, string? originalEn = null, int? form = null, bool? controversial = true, string? country = "US")
    {
        List<OptionProbability> options = [new(0, null, "supports", supports), new(1, null, "opposes", opposes)];
        if (neutral is { } n)
        {
            options.Add(new OptionProbability(2, null, "neutral", n));
        }

        return new AnswerDistribution
        {
            Model = model,
            PromptKind = kind,
            Language = language,
            ItemId = item,
            TopicId = topic,
            TopicNameEn = topicEn,
            OriginalId = original,
            IsParaphrase = original is not null,
            SteerValue = steer,
            OriginalTextEn = originalEn,
            FormIndex = form,
            Controversial = controversial,
            Country = country,
            Options = options,
        };
    }
}
