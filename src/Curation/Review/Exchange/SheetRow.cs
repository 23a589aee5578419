using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>One unit as a spreadsheet row, in the order of <see cref="SheetColumns.Header"/>; decision cells empty.</summary>
internal static class SheetRow
{
    public static string[] For(UnitView view, Annotator who, int slots)
    {
        var unit = view.Unit;
        var cells = new List<string>
        {
            unit.Queue, unit.Id, who.Id, UnitKinds.Name(unit.Kind), unit.Language, unit.Country, unit.TopicName,
            view.Adjudication ? "yes" : "",
            "", "", "", "",
            string.Join('\n', view.OtherDecisions.Select(Describe)),
        };
        for (var slot = 1; slot <= slots; slot++)
        {
            var field = slot <= unit.Fields.Count ? unit.Fields[slot - 1] : null;
            cells.AddRange([.. Slot(field), ""]);
        }

        return [.. cells];
    }

    /// <summary>The read-only cells of a slot as exported: key, stance, English, text; all empty past the unit's fields.</summary>
    public static string[] Slot(UnitField? field) => field is null
        ? ["", "", "", ""]
        : [field.Key, StanceName(field), field.TextEn ?? "", field.Text];

    private static string StanceName(UnitField field) => field.Stance?.ToString().ToLowerInvariant() ?? "";

    /// <summary>For an adjudicator: what each annotator decided, under their pseudonymous id.</summary>
    private static string Describe(DecisionRecord d)
    {
        var what = ReviewStore.DecisionName(d.Decision);
        var reason = d.Reason is null ? "" : $" ({d.Reason})";
        var edits = string.Concat(d.Edits.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"; {e.Key} → {e.Value}"));
        var note = d.Note is null ? "" : $"; note: {d.Note}";
        return $"{d.AnnotatorId}: {what}{reason}{edits}{note}";
    }
}
