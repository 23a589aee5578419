namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>What a harmonize run wrote, for the command's summary line.</summary>
public sealed record HarmonizeSummary(
    int Questions,
    int Countries,
    long RowsRead,
    long DistributionRows,
    long RespondentRows,
    int UnmappedCodes,
    int UnmappedCountries,
    long UnmappedCountryRows,
    int NotAsked,
    string Report);
