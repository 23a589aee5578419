using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>Turns a row's decision cells into a <see cref="DecisionRequest"/>, saying what is wrong with its edit cells.</summary>
internal static class RowRequest
{
    public static DecisionRequest Build(SheetFile sheet, SheetLine line, ReviewUnit unit, DecisionKind kind, ReviewOptions options, List<string> errors)
    {
        var edits = new Dictionary<string, string>(StringComparer.Ordinal);
        var unchanged = new List<string>();
        for (var slot = 1; slot <= sheet.Slots; slot++)
        {
            var text = sheet.Cell(line, SheetColumns.Edit(slot));
            if (text.Length == 0)
            {
                continue;
            }

            var field = slot <= unit.Fields.Count ? unit.Fields[slot - 1] : null;
            if (field is null)
            {
                errors.Add($"{SheetColumns.Edit(slot)} has text but the unit has no field {slot}");
            }
            else if (CellText.Same(field.Text, text))
            {
                // Copying the text to edit one word of it is how people work: the copies that stayed the same are no edits.
                unchanged.Add(SheetColumns.Edit(slot));
            }
            else
            {
                edits[field.Key] = text;
            }
        }

        if (kind == DecisionKind.Edit && edits.Count == 0)
        {
            errors.Add(unchanged.Count > 0
                ? $"{string.Join(", ", unchanged)}: the same as the original text, so nothing is edited; write approve instead"
                : "decision is edit but every edit_N cell is empty: write the new text in the edit cell beside the text it replaces");
        }

        return new DecisionRequest
        {
            Decision = kind,
            Reason = Optional(DecisionWords.ReasonCode(sheet.Cell(line, SheetColumns.Reason), options)),
            Note = Optional(sheet.Cell(line, SheetColumns.Note)),
            Edits = edits,
            Rationale = Optional(sheet.Cell(line, SheetColumns.Rationale)),
        };
    }

    /// <summary>Cells someone filled although the decision is empty: work that would be lost if the row were just skipped.</summary>
    public static IReadOnlyList<string> FilledWithoutDecision(SheetFile sheet, SheetLine line) =>
        [.. Enumerable.Range(1, sheet.Slots).Select(SheetColumns.Edit).Append(SheetColumns.Reason).Where(c => sheet.Cell(line, c).Length > 0)];

    private static string? Optional(string cell) => cell.Length == 0 ? null : cell;
}
