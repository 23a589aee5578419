using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Llm;
using ValueAtlas.Generation.Answers;
using ValueAtlas.Generation.Filters;
using ValueAtlas.Generation.Prompts;
using P = ValueAtlas.Generation.Prompts.PromptPlaceholders;

namespace ValueAtlas.Generation.Chain;

/// <summary>
/// Per country × {controversial, uncontroversial}: topics → questions → options → paraphrases → translations →
/// paraphrases in each target language. Every dependent call starts as soon as what it needs exists (a topic's
/// questions do not wait for the other topics); the gateway's limits keep the endpoint's load in bounds. Rows come
/// out in the structure's order, not the order answers arrived, so a re-run writes identical files.
/// </summary>
public sealed class GenerationChain
{
    private readonly GenerationSettings _settings;
    private readonly StepAsker _asker;
    private readonly StepLedger _ledger = new();

    public GenerationChain(LlmGateway gateway, PromptLibrary prompts, GenerationSettings settings, TimeProvider time)
    {
        _settings = settings;
        _asker = new StepAsker(gateway, prompts, _ledger, time);
    }

    /// <summary>Step calls finished so far (answered or quarantined); compare with <see cref="GenerationPlan.Calls"/>.</summary>
    public long CallsDone => _asker.Done;

    public async Task<GenerationOutput> RunAsync(CancellationToken cancellationToken)
    {
        var sets = _settings.Countries
            .SelectMany(c => new[] { (Country: c, Controversial: true, Count: _settings.Controversial), (Country: c, Controversial: false, Count: _settings.Uncontroversial) })
            .Where(s => s.Count > 0)
            .Select(s => TopicSetAsync(s.Country, s.Controversial, s.Count, cancellationToken))
            .ToList();
        var results = await Task.WhenAll(sets).ConfigureAwait(false);
        var topics = results.SelectMany(r => r.Topics).DistinctBy(t => t.Id).ToList();
        var rows = results.SelectMany(r => r.Rows).ToList();
        var overlaps = TopicOverlap.Find(topics.Where(t => t.Provenance?.Parameters.GetValueOrDefault("step") == PromptSteps.Topics).Select(t => (t.Name, t.Controversial)));
        return new GenerationOutput(topics, QuestionFilter.Apply(rows, _settings.Filters), [.. _asker.Quarantine.OrderBy(q => q.Step).ThenBy(q => q.Subject, StringComparer.Ordinal).ThenBy(q => q.Language, StringComparer.Ordinal).ThenBy(q => q.PromptSha256, StringComparer.Ordinal)], _ledger.Snapshot(), overlaps);
    }

    private async Task<(List<Topic> Topics, List<Question> Rows)> TopicSetAsync(Country country, bool controversial, int count, CancellationToken ct)
    {
        var language = country.DefaultLanguage;
        var asked = await _asker.AskAsync(
            PromptSteps.Topics,
            language,
            new Dictionary<string, string>
            {
                [P.Count] = StepAsker.Count(count),
                [P.ControversialPhrase] = controversial.ToString(),
                [P.CountryName] = country.NameIn(language),
                [P.LanguageName] = language.NativeName,
            },
            AnswerSchemas.Topics,
            AnswerValidators.Topics(language.Code),
            (country.Alpha2, controversial ? "controversial topics" : "uncontroversial topics"),
            ct).ConfigureAwait(false);
        if (asked is null)
        {
            return ([], []);
        }

        var topics = asked.Value.Topics
            .Select(t => new Topic
            {
                Id = ContentId.ForTopic(country.Alpha2, language, t.Name, controversial),
                Country = country.Alpha2,
                Language = language,
                Name = t.Name.Trim(),
                NameEn = t.NameEn.Trim(),
                Description = t.Description.Trim(),
                Controversial = controversial,
                Provenance = asked.Provenance,
            })
            .DistinctBy(t => t.Id)
            .ToList();
        var chains = await Task.WhenAll(topics.Select(t => TopicAsync(country, t, ct))).ConfigureAwait(false);
        return ([.. topics, .. chains.SelectMany(c => c.Translated)], [.. chains.SelectMany(c => c.Rows)]);
    }

    private async Task<(List<Topic> Translated, List<Question> Rows)> TopicAsync(Country country, Topic topic, CancellationToken ct)
    {
        var asked = await _asker.AskAsync(
            PromptSteps.Questions,
            topic.Language,
            new Dictionary<string, string>
            {
                [P.Count] = StepAsker.Count(_settings.QuestionsPerTopic),
                [P.Topic] = topic.Name,
                [P.TopicDescription] = topic.Description,
                [P.CountryName] = country.NameIn(topic.Language),
                [P.LanguageName] = topic.Language.NativeName,
            },
            AnswerSchemas.Questions,
            AnswerValidators.Questions(topic.Language.Code),
            (country.Alpha2, topic.Name),
            ct).ConfigureAwait(false);
        if (asked is null)
        {
            return ([], []);
        }

        var questions = asked.Value.Questions.DistinctBy(q => q.Text.Trim()).ToList();
        var chains = await Task.WhenAll(questions.Select(q => new QuestionChain(_asker, _settings, country, topic).RunAsync(q, asked.Provenance, ct))).ConfigureAwait(false);

        // A translated topic takes its name from the first question whose translation succeeded, in question order.
        var translated = chains.SelectMany(c => c.Translated).DistinctBy(t => t.Id).ToList();
        return (translated, [.. chains.SelectMany(c => c.Rows)]);
    }
}
