using System.Text.Json;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

/// <summary>
/// Survey distributions for similarity: GlobalOpinionQA's public country distributions as the human side, and
/// seeded synthetic ones (countries × questions, four ordinal options) for the benchmark; model sides that lean on
/// one country's answers with noise. Also linked into bench/Evaluation.
/// </summary>
internal static class SyntheticSurveys
{
    /// <summary>Every (country, question) of the public subset; question ids number the distinct questions in file order.</summary>
    public static List<SurveyDistribution> GlobalOpinionQa(string repo)
    {
        var path = Path.Combine(repo, "datasets", "external", "globalopinionqa", "global_opinions_subset.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<SurveyDistribution>();
        foreach (var row in document.RootElement.EnumerateArray())
        {
            var question = row.GetProperty("question").GetString()!;
            if (!ids.TryGetValue(question, out var id))
            {
                id = $"goqa{ids.Count:D4}";
                ids[question] = id;
            }

            var options = row.GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToList();
            var shares = row.GetProperty("distribution").EnumerateArray().Select(d => d.GetDouble()).ToList();
            result.Add(new SurveyDistribution
            {
                QuestionId = id,
                Country = row.GetProperty("country").GetString(),
                Options = [.. shares.Select((s, i) => new OptionShare(i, options[i], s, i + 1))],
            });
        }

        return result;
    }

    public static List<SurveyDistribution> Countries(int countries, int questions, int seed)
    {
        var random = new Random(seed);
        var result = new List<SurveyDistribution>(countries * questions);
        for (var c = 0; c < countries; c++)
        {
            for (var q = 0; q < questions; q++)
            {
                double[] shares = [random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble()];
                result.Add(new SurveyDistribution
                {
                    QuestionId = $"q{q:D4}",
                    Country = $"C{c:D3}",
                    Options = [.. shares.Select((s, i) => new OptionShare(i, $"o{i}", s, i + 1))],
                });
            }
        }

        return result;
    }

    /// <summary>Per model, every question once: the shares of the model's favourite country (models take turns) times noise.</summary>
    public static List<SurveyDistribution> Models(IReadOnlyList<SurveyDistribution> human, int models, int seed)
    {
        var random = new Random(seed);
        var countries = human.Select(h => h.Country).Distinct().ToList();
        var result = new List<SurveyDistribution>();
        for (var m = 0; m < models; m++)
        {
            var condition = new AnswerCondition($"model-{m}", "goqa-dp", "en", null, null);
            var favourite = countries[m % countries.Count];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var h in human.Where(h => h.Country == favourite).Concat(human))
            {
                if (seen.Add(h.QuestionId))
                {
                    var options = h.Options.Select(o => o with { Share = o.Share * Math.Exp(random.NextDouble() - 0.5), Position = null }).ToList();
                    result.Add(new SurveyDistribution { QuestionId = h.QuestionId, Condition = condition, Options = options });
                }
            }
        }

        return result;
    }
}
