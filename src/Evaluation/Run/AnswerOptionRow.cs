namespace ValueAtlas.Evaluation.Run;

/// <summary>
/// One row of the <c>answer_options</c> table: a query's probability for one option. A companion long table rather
/// than one column per option, because GlobalOpinionQA questions have from 2 to over 10 options.
/// </summary>
public sealed record AnswerOptionRow(string QueryId, int OptionIndex, string Letter, double Probability);
