using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report.Model;
using ValueAtlas.Evaluation.Run;

namespace ValueAtlas.Evaluation.Tests.Report;

/// <summary>A report built by hand: three models, similarity to four countries under DP, CP (KR) and LP (ko), the four measures, steerability.</summary>
internal static class ReportSamples
{
    public const string Secret = "sk-test-SECRET-0123456789";

    public static ReportData Full(ReportLanguage language = ReportLanguage.Ko) => new()
    {
        Title = "ValueAtlas 평가 보고서",
        Language = language,
        Settings = new ReportSettings { Resamples = 999, Seed = 7 },
        Similarity = Similarity(),
        Consistency = Consistency(),
        Steerability = Steerability(),
        KoreanTopicNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["Death penalty"] = "사형제", ["Abortion"] = "낙태", ["Euthanasia"] = "안락사" },
        Models = new Dictionary<string, ModelKind>(StringComparer.Ordinal) { ["exaone"] = ModelKind.Chat, ["gpt-ko"] = ModelKind.Chat, ["llama-base"] = ModelKind.Base },
        Provenance = Provenance(),
    };

    /// <summary>Nothing computed: every section must say so.</summary>
    public static ReportData Empty() => new()
    {
        Title = "빈 보고서",
        Provenance = new ReportProvenance { CommandLine = "valueatlas report --out out" },
    };

    // Korea's similarity per model and kind: exaone best under DP, gpt-ko best under CP and LP.
    private static readonly Dictionary<(string Model, string Kind), double> KoreaMeans = new()
    {
        [("exaone", "goqa-dp")] = 0.861,
        [("gpt-ko", "goqa-dp")] = 0.804,
        [("llama-base", "goqa-dp")] = 0.713,
        [("exaone", "goqa-cp")] = 0.82,
        [("gpt-ko", "goqa-cp")] = 0.87,
        [("llama-base", "goqa-cp")] = 0.7,
        [("exaone", "goqa-lp")] = 0.79,
        [("gpt-ko", "goqa-lp")] = 0.83,
        [("llama-base", "goqa-lp")] = 0.69,
    };

    private static SimilarityReport Similarity()
    {
        var conditions = new List<ConditionSimilarity>();
        foreach (var ((model, kind), korea) in KoreaMeans)
        {
            var condition = new AnswerCondition(model, kind, kind == "goqa-lp" ? "ko" : "en", kind == "goqa-cp" ? "KR" : null, null);
            var means = new (string Country, double Mean)[] { ("KR", korea), ("US", korea - 0.05), ("JP", korea + 0.02), ("DE", korea - 0.1) }
                .OrderByDescending(c => c.Mean).ToList();
            conditions.Add(new ConditionSimilarity
            {
                Condition = condition,
                SkippedQuestions = 0,
                Countries = [.. means.Select((c, i) => new CountrySimilarity
                {
                    Country = c.Country,
                    Mean = c.Mean,
                    Ci95 = new ConfidenceInterval(c.Mean - 0.0123, c.Mean + 0.0111),
                    Rank = i + 1,
                    Questions = [new QuestionValue("q1", c.Mean), new QuestionValue("q2", c.Mean)],
                })],
            });
        }

        // A CP condition about another country: in the summary, not in the Korea ranking.
        conditions.Add(conditions[0] with { Condition = new AnswerCondition("exaone", "goqa-cp", "en", "US", null) });

        // CP in Korean shares no question with the survey: said, not drawn.
        conditions.Add(new ConditionSimilarity { Condition = new AnswerCondition("exaone", "goqa-cp", "ko", "KR", null), Countries = [], SkippedQuestions = 3 });
        return new SimilarityReport { Measure = SimilarityMeasure.JsDistance, LogBase = LogBase.E, Conditions = conditions };
    }

    private static MeasureScore Score(double mean, params (string Key, string Value)[] keys) => new()
    {
        Keys = keys.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal),
        Mean = mean,
        Ci95 = new ConfidenceInterval(mean - 0.01, mean + 0.012),
        Groups = 12,
        Members = 40,
        Singletons = 1,
    };

    private static ConsistencyReport Report(Func<string, IReadOnlyList<MeasureScore>> breakdown) => new()
    {
        Paraphrase = Measure("paraphrase", breakdown),
        Topic = Measure("topic", breakdown),
        UseCase = Measure("use_case", breakdown),
        Multilingual = Measure("multilingual", breakdown),
        LogBase = LogBase.E,
        IgnoredAnswers = 5,
    };

    private static ConsistencyMeasure Measure(string name, Func<string, IReadOnlyList<MeasureScore>> breakdown) =>
        new() { Name = name, Overall = Score(0.2), Breakdown = breakdown(name) };

    private static ReportConsistency Consistency() => new()
    {
        // Paraphrase: llama-base most consistent; topic: gpt-ko.
        ByModel = Report(name =>
        [
            Score(name == "paraphrase" ? 0.151 : 0.31, ("model", "exaone")),
            Score(name == "paraphrase" ? 0.222 : 0.12, ("model", "gpt-ko")),
            Score(name == "paraphrase" ? 0.101 : 0.41, ("model", "llama-base")),
        ]),
        ByModelAndControversial = Report(_ =>
        [
            Score(0.3, ("model", "exaone"), ("controversial", "true")),
            Score(0.1, ("model", "exaone"), ("controversial", "false")),
        ]),
        ByModelAndTopic = Report(_ =>
        [
            Score(0.05, ("model", "exaone"), ("topic", "Death penalty")),
            Score(0.25, ("model", "exaone"), ("topic", "Abortion")),
            Score(0.45, ("model", "exaone"), ("topic", "Euthanasia")),
        ]),
        RandomBounds = [new RandomBound(2, 0.4645), new RandomBound(3, 0.5641)],
        Options = new ConsistencyOptions(),
    };

    private static SteerabilityReport Steerability() => new()
    {
        SkippedPortraits = 2,
        Scores =
        [
            .. ValueAtlas.Evaluation.Prompts.PvqValues.Ids.Select((value, i) => new SteerabilityScore
            {
                Condition = new AnswerCondition("gpt-ko", "pvq", "ko", null, null),
                Value = value,
                Portraits = 2,
                Rank = i % 12,
                MeanDistances = new Dictionary<string, double>(StringComparer.Ordinal) { [value] = 0.1 * i, ["value"] = 0.05 },
            }),
        ],
    };

    private static ReportProvenance Provenance() => new()
    {
        CommandLine = "valueatlas report --results results/eval --surveys out/goqa --out out/report --lang ko",
        Results =
        [
            new ResultsProvenance
            {
                Folder = "results/eval",
                DistributionsSha256 = new string('a', 64),
                Summary = new EvaluationSummary
                {
                    PromptTemplates = ["mc.ko@1a2b3c4d5e6f", "goqa-dp.en@abcdefabcdef+persona.en@0123456789ab"],
                    Runs =
                    [
                        new RunInputSummary
                        {
                            Run = "kr-mc", Kind = "mc", Input = "/somewhere/datasets/korean-values/1.0.0/items.jsonl", InputSha256 = new string('b', 64), Probes = 120,
                            SkippedByReason = new Dictionary<string, int> { ["one option"] = 2 },
                            SkippedExamples = new Dictionary<string, IReadOnlyList<string>>(),
                        },
                    ],
                    Models =
                    [
                        new ModelRunSummary
                        {
                            Model = "gpt-ko", Run = "kr-mc", Kind = "mc", Method = "logprobs", SampledForMissingLogprobs = 0, Probes = 120, Queries = 240,
                            FailedQueries = 1, Calls = 240, CacheHits = 10, InputTokens = 10_000, OutputTokens = 500, Cost = 0.1234m,
                            UncoveredMass = new UncoveredMassSummary(0.02, 0.01, 0.05, 0.4, 3), FirstErrors = ["401 from key " + Secret],
                        },
                    ],
                    Replicas = [new ReplicaSummary("gpt-ko", $"http://user:{Secret}@gpu1.lab:8000/v1?api_key={Secret}", 120, 0, 0)],
                },
            },
        ],
        Surveys = new SurveysProvenance { Folder = "out/goqa", Sources = ["GlobalOpinionQA"], Questions = 2, Countries = 4, DistributionsSha256 = new string('c', 64) },
    };
}
