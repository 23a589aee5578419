namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// The review spreadsheet's columns, one row per unit. Units differ in their fields (a topic has
/// one, a question has its options, a paraphrase set one per paraphrase), so fields go into
/// numbered slots: a column per field key would give every paraphrase id a column of its own.
/// A slot keeps its key, stance, English, text and edit cell side by side, the edit cell right
/// beside the text it replaces; the decision cells come early so nobody scrolls to decide.
/// </summary>
public static class SheetColumns
{
    public const string Queue = "queue";
    public const string UnitId = "unit_id";
    public const string Annotator = "annotator";
    public const string Kind = "kind";
    public const string Language = "language";
    public const string Country = "country";
    public const string Topic = "topic";
    public const string Adjudication = "adjudication";
    public const string Decision = "decision";
    public const string Reason = "reason";
    public const string Note = "note";
    public const string Rationale = "rationale";
    public const string OtherDecisions = "other_decisions";

    /// <summary>Added to the rejected rows of a partial import; ignored when that file is imported again.</summary>
    public const string Error = "error";

    /// <summary>Compared with the store on import: a change is an error naming the column.</summary>
    public static IReadOnlyList<string> ReadOnly { get; } = [Queue, UnitId, Annotator, Kind, Language, Country, Topic];

    public static IReadOnlyList<string> DecisionCells { get; } = [Decision, Reason, Note, Rationale];

    public static string Field(int slot) => $"field_{slot}";

    public static string Stance(int slot) => $"stance_{slot}";

    public static string TextEn(int slot) => $"text_en_{slot}";

    public static string Text(int slot) => $"text_{slot}";

    public static string Edit(int slot) => $"edit_{slot}";

    public static IEnumerable<string> Slot(int slot) => [Field(slot), Stance(slot), TextEn(slot), Text(slot), Edit(slot)];

    public static IReadOnlyList<string> Header(int slots) =>
        [.. ReadOnly, Adjudication, .. DecisionCells, OtherDecisions, .. Enumerable.Range(1, slots).SelectMany(Slot)];

    /// <summary>
    /// What an import cannot do without. <see cref="Adjudication"/> and <see cref="OtherDecisions"/>
    /// only inform the reader, so a sheet that lost them still imports.
    /// </summary>
    public static IReadOnlyList<string> Required(int slots) =>
        [.. ReadOnly, .. DecisionCells, .. Enumerable.Range(1, slots).SelectMany(Slot)];
}
