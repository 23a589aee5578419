namespace ValueAtlas.Evaluation.Tables;

/// <summary>How to read a survey table for similarity.</summary>
public sealed record SurveyTableOptions
{
    /// <summary>
    /// harmonize's <c>options</c> table (question_id, option_index, position): the positions Wasserstein needs, joined on
    /// (question_id, option_index) for options whose table has no <c>position</c>.
    /// </summary>
    public string? OptionsPath { get; init; }

    /// <summary>Keep only the rows of these runs (the model table's <c>run</c> column); empty keeps every run.</summary>
    public IReadOnlyList<string> Runs { get; init; } = [];
}
