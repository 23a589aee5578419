using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// Checks one row against the store without changing anything, collecting every problem of the
/// row rather than the first, so the annotator fixes the sheet in one pass.
/// </summary>
internal sealed class SheetRowCheck(ReviewStore store, SheetFile sheet)
{
    private readonly Dictionary<string, Annotator?> _annotators = new(StringComparer.Ordinal);

    public async Task<RowOutcome> CheckAsync(SheetLine line, CancellationToken cancellationToken)
    {
        if (line.Cells.All(string.IsNullOrWhiteSpace))
        {
            return RowOutcome.Blank(line);
        }

        var decision = sheet.Cell(line, SheetColumns.Decision);
        if (decision.Length == 0)
        {
            var filled = RowRequest.FilledWithoutDecision(sheet, line);
            return filled.Count == 0
                ? RowOutcome.Skipped(line)
                : RowOutcome.Invalid(line, [$"decision is empty but {string.Join(", ", filled)} is filled: write {DecisionWords.Accepted}, or clear it"]);
        }

        var errors = new List<string>();
        var known = DecisionWords.TryParse(decision, out var kind);
        if (!known)
        {
            errors.Add($"decision {CellText.Quote(decision)} is not {DecisionWords.Accepted}");
        }

        var who = await AnnotatorAsync(sheet.Cell(line, SheetColumns.Annotator), errors, cancellationToken);
        var view = await UnitAsync(sheet.Cell(line, SheetColumns.UnitId), errors, cancellationToken);
        if (view is not null)
        {
            errors.AddRange(ReadOnlyCheck.Changes(sheet, line, view.Unit));
        }

        if (!known || who is null || view is null)
        {
            return RowOutcome.Invalid(line, errors);
        }

        if (!who.Reads(view.Unit.Language))
        {
            errors.Add($"the unit is in '{view.Unit.Language}', which {who.Id} does not review");
        }

        var editErrors = new List<string>();
        var request = RowRequest.Build(sheet, line, view.Unit, kind, store.Options, editErrors);
        errors.AddRange(editErrors);
        var mine = await store.DecisionOfAsync(who, view.Unit.Id, cancellationToken);
        if (PriorDecision.Conflict(who, view, mine, request) is { } conflict)
        {
            errors.Add(conflict);
        }

        // An annotator whose unit went to adjudication after they decided is still judged as the annotator they were.
        var adjudication = mine?.Adjudication ?? view.State == UnitState.Adjudication;
        if (editErrors.Count == 0 && DecisionValidator.Problem(view.Unit, request, store.Options, adjudication) is { } problem)
        {
            errors.Add(problem);
        }

        return errors.Count == 0 ? RowOutcome.Valid(line, new RowPlan(who, view.Unit.Id, request)) : RowOutcome.Invalid(line, errors);
    }

    private async Task<Annotator?> AnnotatorAsync(string id, List<string> errors, CancellationToken cancellationToken)
    {
        if (!_annotators.TryGetValue(id, out var who))
        {
            // The lookup also matches names; the sheet carries the pseudonymous id, so only an exact id counts.
            var found = id.Length == 0 ? null : await store.FindAnnotatorAsync(id, cancellationToken);
            who = found?.Id == id ? found : null;
            _annotators[id] = who;
        }

        if (who is null)
        {
            errors.Add(id.Length == 0 ? "annotator is empty" : $"annotator {CellText.Quote(id)} is not a known annotator id");
        }

        return who;
    }

    private async Task<UnitView?> UnitAsync(string id, List<string> errors, CancellationToken cancellationToken)
    {
        if (id.Length == 0)
        {
            errors.Add("unit_id is empty");
            return null;
        }

        var view = await store.FindUnitAsync(id, cancellationToken);
        if (view is null)
        {
            errors.Add($"unknown unit {CellText.Quote(id)}");
        }

        return view;
    }
}
