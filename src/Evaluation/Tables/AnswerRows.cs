using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tables;

/// <summary>The option rows of one answer collected so far, with the first row's item columns and where it was.</summary>
internal sealed class AnswerRows(AnswerDistribution first, string where)
{
    public AnswerDistribution First { get; } = first;

    public string Where { get; } = where;

    public Dictionary<int, OptionProbability> Options { get; } = [];
}
