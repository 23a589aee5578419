namespace ValueAtlas.Core.Config;

public sealed record TopicCounts
{
    public int Controversial { get; init; }

    public int Uncontroversial { get; init; }
}
