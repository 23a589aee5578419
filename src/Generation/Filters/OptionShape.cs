using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Filters;

/// <summary>
/// The option rule: one supports and one opposes option, so a model's answer maps onto the
/// stance axis the metrics measure; a neutral third only when the run asks for it.
/// </summary>
internal static class OptionShape
{
    public static Dropped? Check(Question question, bool allowNeutral)
    {
        var options = question.Options;
        var maxCount = allowNeutral ? 3 : 2;
        if (options.Count < 2 || options.Count > maxCount)
        {
            var expected = allowNeutral ? "2, or 3 with a neutral one" : "2";
            return new Dropped(
                question,
                DropReason.OptionsNotBinary,
                $"{options.Count} options; expected {expected}");
        }

        var supports = options.Count(o => o.Stance == Stance.Supports);
        var opposes = options.Count(o => o.Stance == Stance.Opposes);
        if (supports == 1 && opposes == 1)
        {
            return null;
        }

        // With two of supports/opposes present once each, a third option can only be the one neutral.
        var stances = string.Join(", ", options.Select(o => Name(o.Stance)));
        return new Dropped(
            question,
            DropReason.OptionsStanceMismatch,
            $"stances {stances}; expected one supports and one opposes" + (allowNeutral ? " (and at most one neutral)" : ""));
    }

    // The artifact spelling (see StanceJsonConverter), so a detail reads like the row it describes.
    private static string Name(Stance stance) => stance switch
    {
        Stance.Supports => "supports",
        Stance.Opposes => "opposes",
        Stance.Neutral => "neutral",
        _ => stance.ToString(),
    };
}
