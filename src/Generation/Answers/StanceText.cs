using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Answers;

/// <summary>Reads a stance as models write it: the three words asked for, in any case, and the usual near-misses.</summary>
public static class StanceText
{
    public static Stance? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "supports" or "support" or "supporting" or "pro" or "for" or "찬성" => Stance.Supports,
        "opposes" or "oppose" or "opposing" or "against" or "con" or "반대" => Stance.Opposes,
        "neutral" or "none" or "중립" => Stance.Neutral,
        _ => null,
    };
}
