namespace ValueAtlas.Curation.Surveys.Sources;

/// <summary>What a cell holds: nothing (system-missing, an empty field or string), a number, or text that is not a number.</summary>
public enum SurveyCell
{
    Empty,
    Number,
    Text,
}
