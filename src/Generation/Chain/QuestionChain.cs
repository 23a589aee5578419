using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Answers;
using ValueAtlas.Generation.Prompts;
using P = ValueAtlas.Generation.Prompts.PromptPlaceholders;

namespace ValueAtlas.Generation.Chain;

/// <summary>One question's part of the chain: its options, its paraphrases, and its translations with theirs.</summary>
internal sealed class QuestionChain(StepAsker asker, GenerationSettings settings, Country country, Topic topic)
{
    public const string TargetParaphrases = "paraphrases.translated";

    public async Task<(List<Topic> Translated, List<Question> Rows)> RunAsync(QuestionAnswer question, Provenance questionProvenance, CancellationToken ct)
    {
        var text = question.Text.Trim();
        var options = await asker.AskAsync(
            PromptSteps.Options,
            topic.Language,
            new Dictionary<string, string> { [P.Question] = text, [P.Topic] = topic.Name },
            AnswerSchemas.Options,
            AnswerValidators.Options(settings.Filters.AllowNeutral),
            (country.Alpha2, text),
            ct).ConfigureAwait(false);
        if (options is null)
        {
            return ([], []);
        }

        var answerOptions = options.Value.Options.Select(o => new AnswerOption { Text = o.Text.Trim(), Stance = StanceText.Parse(o.Stance)!.Value }).ToList();
        var original = new Question
        {
            Id = ContentId.ForQuestion(topic.Id, topic.Language, text, originalId: null),
            Country = country.Alpha2,
            Controversial = topic.Controversial,
            TopicId = topic.Id,
            TopicName = topic.Name,
            TopicNameEn = topic.NameEn,
            Language = topic.Language,
            Text = text,
            TextEn = topic.Language.Code == "en" ? text : question.TextEn?.Trim(),
            Options = answerOptions,
            IsParaphrase = false,
            Provenance = questionProvenance,
        };
        var paraphrases = ParaphrasesAsync(original, original, PromptSteps.Paraphrases, ct);
        var translations = settings.TargetsFor(country).Select(t => TranslateAsync(original, t, ct)).ToList();
        List<Question> rows = [original, .. await paraphrases.ConfigureAwait(false)];
        var translated = new List<Topic>();
        foreach (var (translatedTopic, translatedRows) in await Task.WhenAll(translations).ConfigureAwait(false))
        {
            rows.AddRange(translatedRows);
            if (translatedTopic is not null)
            {
                translated.Add(translatedTopic);
            }
        }

        return (translated, rows);
    }

    private async Task<List<Question>> ParaphrasesAsync(Question source, Question original, string statsKey, CancellationToken ct)
    {
        if (settings.Paraphrases == 0)
        {
            return [];
        }

        var asked = await asker.AskAsync(
            PromptSteps.Paraphrases,
            source.Language,
            new Dictionary<string, string>
            {
                [P.Count] = StepAsker.Count(settings.Paraphrases),
                [P.Question] = source.Text,
                [P.LanguageName] = source.Language.NativeName,
                [P.Options] = StepAsker.OptionList(source.Options.Select(o => o.Text)),
            },
            AnswerSchemas.Paraphrases,
            AnswerValidators.Paraphrases(source.Language.Code),
            (country.Alpha2, source.Text),
            ct,
            statsKey).ConfigureAwait(false);
        if (asked is null)
        {
            return [];
        }

        return asked.Value.Paraphrases
            .Select(p => p.Trim())
            .Distinct(StringComparer.Ordinal)
            .Select(p => source with
            {
                Id = ContentId.ForQuestion(source.TopicId, source.Language, p, original.Id),
                Text = p,
                TextEn = source.Language.Code == "en" ? p : null,
                OriginalId = original.Id,
                IsParaphrase = true,
                Provenance = asked.Provenance,
            })
            .ToList();
    }

    private async Task<(Topic? Topic, List<Question> Rows)> TranslateAsync(Question original, Language target, CancellationToken ct)
    {
        var asked = await asker.AskAsync(
            PromptSteps.Translation,
            target,
            new Dictionary<string, string>
            {
                [P.Topic] = topic.Name,
                [P.Question] = original.Text,
                [P.Options] = StepAsker.OptionList(original.Options.Select(o => o.Text)),
                [P.SourceLanguageName] = original.Language.NativeName,
                [P.TargetLanguageName] = target.NativeName,
            },
            AnswerSchemas.Translation,
            AnswerValidators.Translation(target.Code, original.Options.Count),
            (country.Alpha2, original.Text),
            ct).ConfigureAwait(false);
        if (asked is null)
        {
            return (null, []);
        }

        // The translated topic's id comes from the source topic, so every question of a topic lands in one translated topic.
        var topicName = target.Code == "en" && topic.NameEn is { Length: > 0 } en ? en : asked.Value.Topic.Trim();
        var translatedTopic = topic with
        {
            Id = ContentId.ForTopic(country.Alpha2, target, topic.NameEn ?? topic.Name, topic.Controversial),
            Language = target,
            Name = topicName,
            Provenance = asked.Provenance,
        };
        var text = asked.Value.Question.Trim();
        var translation = original with
        {
            Id = ContentId.ForQuestion(translatedTopic.Id, target, text, original.Id),
            TopicId = translatedTopic.Id,
            TopicName = topicName,
            Language = target,
            Text = text,
            TextEn = target.Code == "en" ? text : original.TextEn,
            Options = original.Options.Zip(asked.Value.Options, (o, t) => o with { Text = t.Trim() }).ToList(),
            OriginalId = original.Id,
            SourceLanguage = original.Language,
            Provenance = asked.Provenance,
        };
        var paraphrases = await ParaphrasesAsync(translation, original, TargetParaphrases, ct).ConfigureAwait(false);
        return (translatedTopic, [translation, .. paraphrases.Select(p => p with { SourceLanguage = original.Language })]);
    }
}
