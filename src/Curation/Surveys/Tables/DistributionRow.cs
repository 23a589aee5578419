namespace ValueAtlas.Curation.Surveys.Tables;

/// <summary>
/// One row of the distributions table: an option (OptionIndex set) or a missing code (IsMissing, OptionIndex null)
/// of one question in one country. A substantive option's Share = N / ValidN; a missing code's Share = N / TotalN.
/// Counts are null where the source gives shares only (GlobalOpinionQA); ShareSumOff marks a (question, country)
/// whose given shares do not sum to 1 (the source rounded), kept as given. Sample tells two samples of one country
/// apart where a source has both (GlobalOpinionQA's "Brazil (Non-national sample)"); null for the national one.
/// </summary>
public sealed record DistributionRow(
    string Source,
    string Wave,
    string Country,
    string QuestionId,
    int? OptionIndex,
    string? OptionCode,
    string? OptionText,
    bool IsMissing,
    string? MissingMeaning,
    long? N,
    double? WeightedN,
    double Share,
    double? WeightedShare,
    long? ValidN,
    long? TotalN,
    double? EffectiveN,
    bool ShareSumOff = false,
    string? Sample = null);
