namespace ValueAtlas.Formats.Stata;

/// <summary>
/// Header and dictionary of a .dta file. Version is the release (117, 118 or 119); Timestamp is as stored
/// ("dd Mon yyyy hh:mm"), empty when the writer left it out.
/// </summary>
public sealed record StataFile(
    string Path,
    int Version,
    bool BigEndian,
    long ObservationCount,
    string DataLabel,
    string Timestamp,
    IReadOnlyList<StataVariable> Variables);
