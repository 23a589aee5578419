using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// Reads an annotator's filled-in sheet into the store. Every row is checked first; unless every
/// row is valid nothing is applied (or, partial, only the valid rows are, and the rest go to a
/// rejected file). Decisions go through <see cref="ReviewStore.DecideAllAsync"/> in one
/// transaction, which writes the audit log and answers Unchanged for a decision already recorded,
/// so importing a file twice changes nothing, and a refusal only the store can see rolls the
/// whole import back.
/// </summary>
public static class SheetImport
{
    public static async Task<SheetImportResult> RunAsync(ReviewStore store, string path, SheetImportOptions options, CancellationToken cancellationToken)
    {
        SheetFile sheet;
        try
        {
            sheet = await SheetReader.ReadAsync(path, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            return SheetImportResult.Refused([new SheetError(1, e.Message)]);
        }

        var headerErrors = sheet.MissingColumns().Select(c => $"column {c} is missing")
            .Concat(sheet.Duplicates.Select(c => $"column {c} appears more than once")).ToList();
        if (headerErrors.Count > 0)
        {
            return SheetImportResult.Refused([.. headerErrors.Select(e => new SheetError(1, e))]);
        }

        var outcomes = await CheckAllAsync(store, sheet, cancellationToken);
        var rejected = outcomes.Where(o => o.Status == RowStatus.Invalid).Select(o => (o.Line, o.Errors)).ToList();
        var skipped = outcomes.Count(o => o.Status == RowStatus.Skipped);
        if (rejected.Count > 0 && !options.Partial)
        {
            return SheetImportResult.Refused(Errors(rejected), rejected.Count, skipped);
        }

        // One transaction: a refusal only the store can see (another annotator took a unit after the
        // lease ran out) undoes the whole import unless it is partial.
        var planned = outcomes.Where(o => o.Plan is not null).ToList();
        var batch = await store.DecideAllAsync(
            [.. planned.Select(o => (o.Plan!.Who, o.Plan.UnitId, o.Plan.Request))], allOrNothing: !options.Partial, cancellationToken);
        int applied = 0, unchanged = 0;
        for (var i = 0; i < planned.Count; i++)
        {
            switch (batch.Results[i].Status)
            {
                case DecisionStatus.Accepted:
                    applied++;
                    break;
                case DecisionStatus.Unchanged:
                    unchanged++;
                    break;
                default:
                    rejected.Add((planned[i].Line, [batch.Results[i].Message]));
                    break;
            }
        }

        if (!batch.Committed)
        {
            rejected.Sort((a, b) => a.Line.Row.CompareTo(b.Line.Row));
            return SheetImportResult.Refused(Errors(rejected), rejected.Count, skipped);
        }

        rejected.Sort((a, b) => a.Line.Row.CompareTo(b.Line.Row));
        string? rejectedPath = null;
        if (options.Partial && rejected.Count > 0)
        {
            rejectedPath = options.RejectedPath ?? RejectedSheet.DefaultPath(path);
            await RejectedSheet.WriteAsync(rejectedPath, sheet, rejected, cancellationToken);
        }

        return new SheetImportResult
        {
            Applied = applied,
            Unchanged = unchanged,
            Skipped = skipped,
            Rejected = rejected.Count,
            Errors = Errors(rejected),
            RejectedPath = rejectedPath,
        };
    }

    private static async Task<List<RowOutcome>> CheckAllAsync(ReviewStore store, SheetFile sheet, CancellationToken cancellationToken)
    {
        var check = new SheetRowCheck(store, sheet);
        var rowOf = new Dictionary<(string, string), int>();
        var outcomes = new List<RowOutcome>(sheet.Lines.Count);
        foreach (var line in sheet.Lines)
        {
            var outcome = await check.CheckAsync(line, cancellationToken);
            if (outcome.Plan is { } plan && !rowOf.TryAdd((plan.Who.Id, plan.UnitId), line.Row))
            {
                outcome = RowOutcome.Invalid(line, [$"unit {plan.UnitId} is already on row {rowOf[(plan.Who.Id, plan.UnitId)]}"]);
            }

            outcomes.Add(outcome);
        }

        return outcomes;
    }

    private static List<SheetError> Errors(IEnumerable<(SheetLine Line, IReadOnlyList<string> Errors)> rows) =>
        [.. rows.SelectMany(r => r.Errors.Select(e => new SheetError(r.Line.Row, e)))];
}
