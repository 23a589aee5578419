namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>A (question, country) of harmonize.json whose shares do not sum to 1 within <see cref="ShareSum"/>'s band.</summary>
public sealed record FlaggedSum(string QuestionId, string Country, string CountryName, string Wave, string Sample, double Sum, double Tolerance);
