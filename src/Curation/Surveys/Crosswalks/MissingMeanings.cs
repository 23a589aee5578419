namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>What a missing code means, as written in a crosswalk and in the distributions table's missing_meaning column.</summary>
public static class MissingMeanings
{
    public const string DontKnow = "dont_know";
    public const string Refused = "refused";
    public const string NotAsked = "not_asked";
    public const string NotApplicable = "not_applicable";
    public const string Missing = "missing";

    /// <summary>Not in a crosswalk: a code the file declares user-missing that the crosswalk does not list.</summary>
    public const string Declared = "declared_missing";

    /// <summary>Not in a crosswalk: the file's system-missing (an empty cell).</summary>
    public const string SystemMissing = "system_missing";

    /// <summary>Not in a crosswalk: a code no option, missing code or drop covers.</summary>
    public const string Unmapped = "unmapped";

    /// <summary>The meanings a crosswalk may write.</summary>
    public static IReadOnlyList<string> Written { get; } = [DontKnow, Refused, NotAsked, NotApplicable, Missing];
}
