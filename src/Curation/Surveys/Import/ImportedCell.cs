namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>One option's value in one country: a respondent count, or a share when the source gives shares only.</summary>
public sealed record ImportedCell(int OptionIndex, long? Count, double? Share);
