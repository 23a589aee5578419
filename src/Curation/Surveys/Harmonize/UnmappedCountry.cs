namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>A country code that maps to no country ("" for an empty cell), its value label and how many rows held it.</summary>
public sealed record UnmappedCountry(string Code, string? Label, long Rows);
