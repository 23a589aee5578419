namespace ValueAtlas.Evaluation.Metrics;

/// <summary>GlobalOpinionQA's similarity of a model's answers to each country's respondents. Pure: no I/O.</summary>
public static class Similarity
{
    /// <param name="model">The model's distributions, <see cref="SurveyDistribution.Condition"/> set (or null for one unnamed condition).</param>
    /// <param name="human">The countries' distributions, <see cref="SurveyDistribution.Country"/> set (or null for one unnamed country).</param>
    /// <param name="options">Measure, log base, resamples and seed.</param>
    public static SimilarityReport Compute(IReadOnlyList<SurveyDistribution> model, IReadOnlyList<SurveyDistribution> human, SimilarityOptions options) =>
        throw new NotImplementedException();
}
