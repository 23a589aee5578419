namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>One answer option of an imported question, in the source's order.</summary>
public sealed record ImportedOption(string Code, string TextEn, string? TextKo = null, double? Position = null);
