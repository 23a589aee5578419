namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>What harmonize.json says about an import (written with snake_case names).</summary>
public sealed record ImportReport(
    string Source,
    string Input,
    string InputSha256,
    long RowsRead,
    int Questions,
    int Options,
    long Distributions,
    int Countries,
    IReadOnlyDictionary<string, string> CountryNames,
    IReadOnlyList<FlaggedSum> FlaggedSums,
    IReadOnlyList<string> NoAnswers);
