using YamlDotNet.Serialization;

namespace ValueAtlas.Generation.Filters;

/// <summary>
/// Thresholds of <see cref="QuestionFilter"/>. The defaults are the ValueConsistency study's:
/// two options (supports, opposes), at least 3 forms per original and 3 originals per topic, no cap.
/// A run config's <c>filters:</c> key binds to this record, so the defaults are written only here.
/// </summary>
public sealed record FilterOptions
{
    /// <summary>Also accept a third option with a neutral stance (never more than one of each stance).</summary>
    public bool AllowNeutral { get; init; }

    /// <summary>Distinct forms an original needs in one language: the original or translation plus its paraphrases.</summary>
    public int MinFormsPerOriginal { get; init; } = 3;

    /// <summary>Originals a topic needs after the other rules, each counted once with all its forms.</summary>
    public int MinOriginalsPerTopic { get; init; } = 3;

    /// <summary>
    /// The most originals a topic keeps (each with all its forms); null keeps all. The count is of
    /// originals rather than rows so a paraphrase group is never cut in half.
    /// </summary>
    public int? MaxQuestionsPerTopic { get; init; }

    /// <summary>Seeds the choice of originals under <see cref="MaxQuestionsPerTopic"/>; the run's top-level <c>seed</c>, not a filters key.</summary>
    [YamlIgnore]
    public int Seed { get; init; }
}
