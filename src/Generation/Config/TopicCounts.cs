namespace ValueAtlas.Generation.Config;

/// <summary>The <c>topics:</c> key: topics asked for per country.</summary>
public sealed record TopicCounts
{
    public int Controversial { get; init; }

    public int Uncontroversial { get; init; }
}
