namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>
/// One survey source's crosswalk (datasets/surveys/*.yaml) as written; keys are snake_case. The loader binds it and
/// the validator checks it; datasets/surveys/README.md documents every key.
/// </summary>
public sealed class Crosswalk
{
    public string Source { get; set; } = "";

    public string? Name { get; set; }

    public string Wave { get; set; } = "";

    public string? Year { get; set; }

    public string Codebook { get; set; } = "";

    public List<string>? Formats { get; set; }

    public string? Licence { get; set; }

    public CrosswalkCountry Country { get; set; } = new();

    public string? Weight { get; set; }

    public string RespondentId { get; set; } = "";

    public List<CrosswalkMissing>? Missing { get; set; }

    public List<CrosswalkQuestion> Questions { get; set; } = [];

    /// <summary>The harmonized id of a question: <c>wvs7:Q27</c>.</summary>
    public string QuestionId(CrosswalkQuestion question) => $"{Source}:{question.Id}";
}
