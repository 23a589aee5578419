namespace ValueAtlas.Core.Tests.Config.Sections;

public sealed record SurveyLimits
{
    public int MaxRows { get; init; } = 100;
}
