namespace ValueAtlas.Core.Config;

/// <summary>The <c>filters:</c> section; defaults are the ValueConsistency study's.</summary>
public sealed record FilterSettings
{
    /// <summary>Keep questions with a third, neutral option.</summary>
    public bool AllowNeutral { get; init; }

    public int MinFormsPerOriginal { get; init; } = 3;

    public int MinOriginalsPerTopic { get; init; } = 3;

    /// <summary>At most this many originals per topic, chosen by seeded sampling; unset keeps all.</summary>
    public int? MaxQuestionsPerTopic { get; init; }
}
