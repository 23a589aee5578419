namespace ValueAtlas.Evaluation.Inputs;

/// <summary>A row of the harmonized questions table with its options, and its wordings by language.</summary>
internal sealed record SurveyQuestion(string Id, string Source, string Wave, IReadOnlyDictionary<string, string> Wordings)
{
    public List<SurveyOption> Options { get; } = [];
}
