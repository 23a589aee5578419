namespace ValueAtlas.Evaluation.Inputs;

/// <summary>A row of the harmonized options table: <see cref="Index"/> is <c>option_index</c>, the key the distributions keep.</summary>
internal sealed record SurveyOption(int Index, string Code, IReadOnlyDictionary<string, string> Wordings);
