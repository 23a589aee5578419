using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// Compares a row's read-only cells with the unit in the store. A change there means the row no
/// longer shows what the annotator decided on (or was pasted from another row), so it is refused.
/// </summary>
internal static class ReadOnlyCheck
{
    public static IEnumerable<string> Changes(SheetFile sheet, SheetLine line, ReviewUnit unit)
    {
        foreach (var (column, stored) in Expected(sheet, unit))
        {
            var cell = sheet.Cell(line, column);
            if (sheet.Has(column) && !CellText.Same(stored, cell))
            {
                yield return $"read-only column {column} was changed: was {CellText.Quote(stored)}, now {CellText.Quote(cell)}";
            }
        }

        if (unit.Fields.Count > sheet.Slots)
        {
            yield return $"the unit has {unit.Fields.Count} fields but the sheet has columns for {sheet.Slots}: export it again";
        }
    }

    private static IEnumerable<(string Column, string Stored)> Expected(SheetFile sheet, ReviewUnit unit)
    {
        yield return (SheetColumns.Queue, unit.Queue);
        yield return (SheetColumns.Kind, UnitKinds.Name(unit.Kind));
        yield return (SheetColumns.Language, unit.Language);
        yield return (SheetColumns.Country, unit.Country);
        yield return (SheetColumns.Topic, unit.TopicName);
        for (var slot = 1; slot <= sheet.Slots; slot++)
        {
            var cells = SheetRow.Slot(slot <= unit.Fields.Count ? unit.Fields[slot - 1] : null);
            yield return (SheetColumns.Field(slot), cells[0]);
            yield return (SheetColumns.Stance(slot), cells[1]);
            yield return (SheetColumns.TextEn(slot), cells[2]);
            yield return (SheetColumns.Text(slot), cells[3]);
        }
    }
}
