namespace ValueAtlas.Curation.Review.Decisions;

/// <summary>How a submitted decision (or undo) ended; the API maps these to HTTP statuses.</summary>
public enum DecisionStatus
{
    /// <summary>Stored.</summary>
    Accepted,

    /// <summary>The same decision was already stored (a spreadsheet imported twice): nothing changed.</summary>
    Unchanged,

    /// <summary>No such unit (404).</summary>
    NotFound,

    /// <summary>Not this annotator's unit: another language, or adjudication without the role (403).</summary>
    Forbidden,

    /// <summary>Already decided by this annotator, or the unit has all its decisions (409).</summary>
    Conflict,

    /// <summary>The request itself is wrong: unknown reason, edit without text, … (400).</summary>
    Invalid,
}
