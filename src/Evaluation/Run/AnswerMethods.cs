namespace ValueAtlas.Evaluation.Run;

/// <summary>How a query's distribution was obtained, as the answers table's <c>method</c> column writes it.</summary>
public static class AnswerMethods
{
    /// <summary>From the option letters' log-probabilities.</summary>
    public const string Logprobs = "logprobs";

    /// <summary>From N sampled answers' letters, where the endpoint gives no log-probabilities.</summary>
    public const string Sampling = "sampling";

    /// <summary>An open-ended paragraph; its distribution comes from the judge rows that classify it.</summary>
    public const string Open = "open";

    /// <summary>The judge model's classification of an open answer (read by log-probabilities or sampling).</summary>
    public const string Judge = "judge";
}
