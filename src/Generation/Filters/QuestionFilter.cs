using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Filters;

/// <summary>
/// The ValueConsistency filters over question rows, run in a fixed order because each rule
/// counts what the earlier ones left: options, duplicate paraphrases, forms per original,
/// originals per topic, the topic cap. Every removed row is reported with its reason.
/// </summary>
public static class QuestionFilter
{
    public static FilterResult Apply(IReadOnlyList<Question> rows, FilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MinFormsPerOriginal);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MinOriginalsPerTopic);
        if (options.MaxQuestionsPerTopic is { } cap)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(cap, nameof(options.MaxQuestionsPerTopic));
        }

        var dropped = new List<Dropped>();
        var alive = rows.ToList();
        alive = Split(alive, alive.Select(q => OptionShape.Check(q, options.AllowNeutral)).ToArray(), dropped);
        alive = Split(alive, Duplicates(alive), dropped);
        alive = Split(alive, ThinOriginals(alive, options.MinFormsPerOriginal), dropped);
        alive = Split(alive, ThinTopics(alive, options.MinOriginalsPerTopic), dropped);
        if (options.MaxQuestionsPerTopic is { } max)
        {
            alive = Split(alive, OverCap(alive, max, options.Seed), dropped);
        }

        var counts = DropReason.All.ToDictionary(r => r, _ => 0, StringComparer.Ordinal);
        foreach (var row in dropped)
        {
            counts[row.Reason]++;
        }

        return new FilterResult(alive, dropped, counts);
    }

    // Forms are compared within one original and one language; the original (or, in a target
    // language, the translation) is the reference, so it survives and its duplicates go.
    private static Dropped?[] Duplicates(List<Question> alive)
    {
        var verdicts = new Dropped?[alive.Count];
        var groups = Enumerable.Range(0, alive.Count).GroupBy(i => FormGroup(alive[i]));
        foreach (var group in groups)
        {
            var firstByKey = new Dictionary<string, Question>(StringComparer.Ordinal);
            var ordered = group.OrderBy(i => alive[i].OriginalId is not null).ThenBy(i => alive[i].IsParaphrase);
            foreach (var i in ordered)
            {
                var key = TextKey.Normalise(alive[i].Text);
                if (firstByKey.TryGetValue(key, out var first))
                {
                    verdicts[i] = new Dropped(alive[i], DropReason.DuplicateParaphrase, $"same text as {first.Id}");
                }
                else
                {
                    firstByKey[key] = alive[i];
                }
            }
        }

        return verdicts;
    }

    private static Dropped?[] ThinOriginals(List<Question> alive, int minForms)
    {
        var verdicts = new Dropped?[alive.Count];
        foreach (var group in Enumerable.Range(0, alive.Count).GroupBy(i => FormGroup(alive[i])))
        {
            var forms = group.Count();
            if (forms >= minForms)
            {
                continue;
            }

            foreach (var i in group)
            {
                var detail = $"{forms} distinct forms of {alive[i].OriginalGroup} in {alive[i].Language.Code}; {minForms} needed";
                verdicts[i] = new Dropped(alive[i], DropReason.TooFewForms, detail);
            }
        }

        return verdicts;
    }

    // An original counts for a topic when any of its forms survived there; translated topics
    // have their own ids and hold translations whose OriginalId is the source original, so
    // counting distinct original groups works the same in every language.
    private static Dropped?[] ThinTopics(List<Question> alive, int minOriginals)
    {
        var verdicts = new Dropped?[alive.Count];
        foreach (var topic in Enumerable.Range(0, alive.Count).GroupBy(i => alive[i].TopicId, StringComparer.Ordinal))
        {
            var originals = topic.Select(i => alive[i].OriginalGroup).Distinct(StringComparer.Ordinal).Count();
            if (originals >= minOriginals)
            {
                continue;
            }

            foreach (var i in topic)
            {
                var detail = $"{originals} originals in topic {topic.Key}; {minOriginals} needed";
                verdicts[i] = new Dropped(alive[i], DropReason.TooFewOriginals, detail);
            }
        }

        return verdicts;
    }

    private static Dropped?[] OverCap(List<Question> alive, int max, int seed)
    {
        var verdicts = new Dropped?[alive.Count];
        foreach (var topic in Enumerable.Range(0, alive.Count).GroupBy(i => alive[i].TopicId, StringComparer.Ordinal))
        {
            var groups = topic.Select(i => alive[i].OriginalGroup).Distinct(StringComparer.Ordinal).ToList();
            if (groups.Count <= max)
            {
                continue;
            }

            var keep = OriginalSample.Choose(groups, max, seed);
            foreach (var i in topic.Where(i => !keep.Contains(alive[i].OriginalGroup)))
            {
                var detail = $"topic {topic.Key} keeps {max} of {groups.Count} originals (seed {seed})";
                verdicts[i] = new Dropped(alive[i], DropReason.OverTopicCap, detail);
            }
        }

        return verdicts;
    }

    private static (string OriginalGroup, string Language) FormGroup(Question question) =>
        (question.OriginalGroup, question.Language.Code);

    // Both outputs keep input order, which every step preserves because it only filters.
    private static List<Question> Split(List<Question> alive, Dropped?[] verdicts, List<Dropped> dropped)
    {
        var kept = new List<Question>(alive.Count);
        for (var i = 0; i < alive.Count; i++)
        {
            if (verdicts[i] is { } verdict)
            {
                dropped.Add(verdict);
            }
            else
            {
                kept.Add(alive[i]);
            }
        }

        return kept;
    }
}
