namespace ValueAtlas.Core.Config;

/// <summary>Price in the user's currency per million tokens; zero for local models.</summary>
public sealed record ModelPrice
{
    public decimal InputPerMillion { get; init; }

    public decimal OutputPerMillion { get; init; }

    public decimal CostOf(long inputTokens, long outputTokens) =>
        ((inputTokens * InputPerMillion) + (outputTokens * OutputPerMillion)) / 1_000_000m;
}
