using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// ValueConsistency's four inconsistency measures (paraphrase, topic, use-case, multilingual) over a distributions
/// table, as DESIGN.md ("Evaluation") defines them. Pure: no I/O.
/// </summary>
public static class Consistency
{
    public const string ParaphraseMeasure = "paraphrase";
    public const string TopicMeasure = "topic";
    public const string UseCaseMeasure = "use_case";
    public const string MultilingualMeasure = "multilingual";

    /// <exception cref="ArgumentException">A breakdown dimension not in <see cref="Dimensions.All"/>.</exception>
    /// <exception cref="CentroidNotConvergedException">A group's centroid did not converge (named in the message).</exception>
    public static ConsistencyReport Compute(IReadOnlyList<AnswerDistribution> answers, ConsistencyOptions options)
    {
        foreach (var dimension in options.By)
        {
            if (!Dimensions.All.Contains(dimension))
            {
                throw new ArgumentException($"unknown breakdown dimension '{dimension}' (expected one of {string.Join(", ", Dimensions.All)})");
            }
        }

        var used = new List<AnswerDistribution>(answers.Count);
        foreach (var answer in answers)
        {
            if (IsUsed(answer))
            {
                used.Add(answer);
            }
        }

        return new ConsistencyReport
        {
            Paraphrase = Measure(ParaphraseMeasure, used, options),
            Topic = Measure(TopicMeasure, used, options),
            UseCase = Measure(UseCaseMeasure, used, options),
            Multilingual = Measure(MultilingualMeasure, used, options),
            LogBase = options.LogBase,
            IgnoredAnswers = answers.Count - used.Count,
        };
    }

    /// <summary>Unsteered mc and open answers with at least one option that carries a stance.</summary>
    public static bool IsUsed(AnswerDistribution answer)
    {
        if (answer.SteerValue is not null || answer.PromptKind is not (PromptKinds.MultipleChoice or PromptKinds.Open))
        {
            return false;
        }

        foreach (var option in answer.Options)
        {
            if (option.Stance is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static ConsistencyMeasure Measure(string name, List<AnswerDistribution> used, ConsistencyOptions options) =>
        ConsistencyScoring.Score(name, ConsistencyGroups.Of(name, used), used, options);
}
