namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// ValueConsistency's four inconsistency measures (paraphrase, topic, use-case, multilingual) over a distributions
/// table, as DESIGN.md ("Evaluation") defines them. Pure: no I/O.
/// </summary>
public static class Consistency
{
    public static ConsistencyReport Compute(IReadOnlyList<AnswerDistribution> answers, ConsistencyOptions options) =>
        throw new NotImplementedException();
}
