using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Generation.Import;

namespace ValueAtlas.Evaluation.Tests.Metrics;

/// <summary>
/// Seeded synthetic model answers to the imported public items, keyed as evaluate's distributions table keys them:
/// the ValueConsistency items (mc and open per model, the multilingual key from <see cref="FormAlignment"/>) and the
/// PVQ portraits (13 steerings each). Answers lean on a per-model, per-topic opinion, and a quarter copy it exactly,
/// so groups range from identical (D-D zeros) to scattered. Also linked into bench/Evaluation.
/// </summary>
internal static class SyntheticAnswers
{
    public static async Task<List<AnswerDistribution>> ValueConsistencyAsync(string repo, IReadOnlyList<string> models, int seed, CancellationToken cancellationToken)
    {
        var imported = await ValueConsistencyImport.ReadAsync(Path.Combine(repo, "datasets", "external", "valueconsistency"), CountryRegistry.BuiltIn, cancellationToken);
        var forms = FormAlignment.Of(imported.Items);
        var random = new Random(seed);
        var answers = new List<AnswerDistribution>(imported.Items.Count * models.Count * 2);
        foreach (var model in models)
        {
            foreach (var kind in new[] { PromptKinds.MultipleChoice, PromptKinds.Open })
            {
                var opinions = new Dictionary<string, double[]>(StringComparer.Ordinal);
                foreach (var item in imported.Items)
                {
                    var form = forms[item.Id];
                    var opinion = Opinion(opinions, item.TopicNameEn ?? item.TopicId, item.Options.Count, random);
                    answers.Add(new AnswerDistribution
                    {
                        Model = model,
                        PromptKind = kind,
                        Language = item.Language.Code,
                        ItemId = item.Id,
                        TopicId = item.TopicId,
                        TopicName = form.TopicName,
                        TopicNameEn = item.TopicNameEn,
                        OriginalId = item.OriginalId,
                        IsParaphrase = item.IsParaphrase,
                        OriginalTextEn = form.OriginalTextEn,
                        FormIndex = form.FormIndex,
                        Country = item.Country,
                        Controversial = item.Controversial,
                        Options = Options(item, Leaning(opinion, random)),
                    });
                }
            }
        }

        return answers;
    }

    public static async Task<List<AnswerDistribution>> PvqAsync(string repo, IReadOnlyList<string> models, int seed, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(repo, "datasets", "external", "valueconsistency");
        var imported = await PvqImport.ReadAsync(PvqFile.Discover(Directory.GetFiles(folder, "pvq_*.jsonl").Order(StringComparer.Ordinal)), cancellationToken);
        var random = new Random(seed);
        var answers = new List<AnswerDistribution>();
        foreach (var model in models)
        {
            foreach (var item in imported.Items)
            {
                var none = Leaning([random.NextDouble(), random.NextDouble()], random);
                foreach (var steering in PvqSteering.Steerings)
                {
                    // The portrait's own value pulls towards "like me" (supports), the others a little at random.
                    var own = steering is not null && string.Equals(steering, item.TopicNameEn, StringComparison.OrdinalIgnoreCase);
                    var shares = steering is null ? none : Leaning([none[0] + (own ? 0.8 : 0.2 * random.NextDouble()), none[1]], random);
                    answers.Add(new AnswerDistribution
                    {
                        Model = model,
                        PromptKind = PromptKinds.Pvq,
                        Language = item.Language.Code,
                        ItemId = item.Id,
                        SteerValue = steering,
                        TopicId = item.TopicId,
                        TopicName = item.TopicName,
                        TopicNameEn = item.TopicNameEn,
                        OriginalId = item.OriginalId,
                        IsParaphrase = item.IsParaphrase,
                        Country = item.Country,
                        Controversial = item.Controversial,
                        Options = Options(item, shares),
                    });
                }
            }
        }

        return answers;
    }

    private static double[] Opinion(Dictionary<string, double[]> opinions, string topic, int options, Random random)
    {
        if (!opinions.TryGetValue(topic, out var opinion) || opinion.Length != options)
        {
            opinion = new double[options];
            for (var i = 0; i < options; i++)
            {
                opinion[i] = Math.Exp(2 * random.NextDouble());
            }

            opinions[topic] = opinion;
        }

        return opinion;
    }

    // A quarter repeat the opinion exactly; the rest scatter around it (some nearly one-hot).
    private static double[] Leaning(double[] opinion, Random random)
    {
        var shares = new double[opinion.Length];
        var exact = random.NextDouble() < 0.25;
        var spread = random.NextDouble() < 0.2 ? 6.0 : 1.0;
        double sum = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] = exact ? opinion[i] : opinion[i] * Math.Exp(spread * (random.NextDouble() - 0.5));
            sum += shares[i];
        }

        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] /= sum;
        }

        return shares;
    }

    private static List<OptionProbability> Options(Question item, double[] shares)
    {
        var options = new List<OptionProbability>(item.Options.Count);
        for (var i = 0; i < item.Options.Count; i++)
        {
            options.Add(new OptionProbability(i, null, StanceName(item.Options[i].Stance), shares[i]));
        }

        return options;
    }

    private static string StanceName(Stance stance) => stance switch
    {
        Stance.Supports => "supports",
        Stance.Opposes => "opposes",
        _ => "neutral",
    };
}
