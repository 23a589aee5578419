namespace ValueAtlas.Evaluation.Tables;

/// <summary>What makes one answer distribution: the option rows that share these belong together.</summary>
internal readonly record struct AnswerKey(
    string Model, string PromptKind, string Language, string ItemId, string? Persona, string? PromptCountry, string? SteerValue);
