namespace ValueAtlas.Curation.Surveys.Sources;

/// <summary>
/// One variable of a survey file as harmonize needs it. Value labels are keyed by the code's canonical text
/// (<see cref="Crosswalks.SourceCode"/>); a file without a dictionary (CSV) has none, and no declared missing codes.
/// </summary>
public sealed record SurveyVariable(
    string Name,
    string? Label,
    bool IsNumeric,
    IReadOnlyDictionary<string, string> ValueLabels,
    SurveyMissingCodes Missing);
