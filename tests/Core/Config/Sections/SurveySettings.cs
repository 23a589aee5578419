namespace ValueAtlas.Core.Tests.Config.Sections;

/// <summary>A stand-in for a later stage's section (harmonization, evaluation, …) under its own key.</summary>
public sealed record SurveySettings
{
    public List<string>? Sources { get; init; }

    public int Waves { get; init; } = 1;

    public SurveyLimits Limits { get; init; } = new();
}
