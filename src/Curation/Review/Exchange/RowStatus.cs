namespace ValueAtlas.Curation.Review.Exchange;

public enum RowStatus
{
    /// <summary>Every cell empty: a spreadsheet's leftover row, not a unit.</summary>
    Blank,

    /// <summary>No decision yet: left for a later import.</summary>
    Skipped,

    Valid,

    Invalid,
}
