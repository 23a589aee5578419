namespace ValueAtlas.Generation.Filters;

/// <summary>Why <see cref="QuestionFilter"/> dropped a row; written to artifacts and reports, so the strings are stable.</summary>
public static class DropReason
{
    public const string OptionsNotBinary = "options_not_binary";
    public const string OptionsStanceMismatch = "options_stance_mismatch";
    public const string DuplicateParaphrase = "duplicate_paraphrase";
    public const string TooFewForms = "too_few_forms";
    public const string TooFewOriginals = "too_few_originals";
    public const string OverTopicCap = "over_topic_cap";

    /// <summary>Every reason, in the order the rules run.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        OptionsNotBinary,
        OptionsStanceMismatch,
        DuplicateParaphrase,
        TooFewForms,
        TooFewOriginals,
        OverTopicCap,
    ];
}
