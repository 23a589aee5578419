namespace ValueAtlas.Curation.Surveys.Harmonize.Report;

/// <summary>harmonize.json: what was read, what was counted, and everything the tables could not hold.</summary>
public sealed record HarmonizeReport(
    string Source,
    string Wave,
    ReportFile Crosswalk,
    IReadOnlyList<ReportFile> Inputs,
    IReadOnlyList<string>? CountriesSelected,
    long RowsRead,
    long RowsOutsideCountries,
    IReadOnlyList<UnmappedCountry> UnmappedCountries,
    IReadOnlyList<ReportWeights> Weights,
    IReadOnlyList<ReportUnmappedCode> UnmappedCodes,
    IReadOnlyList<ReportPair> NotAsked,
    IReadOnlyList<ReportCounts> Counts);
