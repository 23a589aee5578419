namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// What a question's similarity is: 1 − JS distance (GlobalOpinionQA), 1 − JS divergence, or OpinionQA's
/// representativeness 1 − W1 / (max − min position) for ordinal questions.
/// </summary>
public enum SimilarityMeasure
{
    JsDistance,
    JsDivergence,
    Wasserstein,
}
