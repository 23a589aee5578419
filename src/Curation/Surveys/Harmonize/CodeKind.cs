namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>What a code found in the data is for one question, in the order harmonize decides it.</summary>
public enum CodeKind
{
    /// <summary>A code an option takes.</summary>
    Option,

    /// <summary>A missing code the crosswalk lists (the question's own first, then the source's).</summary>
    Missing,

    /// <summary>A code the question drops: the respondent is left out of the question.</summary>
    Dropped,

    /// <summary>A code the file declares user-missing that the crosswalk does not list.</summary>
    Declared,

    /// <summary>An empty cell: SPSS system-missing, an empty CSV field or string.</summary>
    SystemMissing,

    /// <summary>A code nothing covers: kept as its own missing row and reported.</summary>
    Unmapped,
}
