namespace ValueAtlas.Evaluation.Metrics;

/// <summary>One shared question's similarity between a model and a country.</summary>
public sealed record QuestionValue(string QuestionId, double Value);
