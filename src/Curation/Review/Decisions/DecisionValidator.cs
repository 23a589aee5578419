using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Decisions;

/// <summary>What makes a decision well-formed for its unit; the same rules for the web app, the API and spreadsheets.</summary>
public static class DecisionValidator
{
    /// <summary>Null when valid, otherwise what is wrong, in words an annotator can act on.</summary>
    public static string? Problem(ReviewUnit unit, DecisionRequest request, ReviewOptions options, bool adjudication)
    {
        var edits = request.Edits ?? new Dictionary<string, string>();
        if (adjudication && string.IsNullOrWhiteSpace(request.Rationale))
        {
            return "an adjudication needs a rationale";
        }

        switch (request.Decision)
        {
            case DecisionKind.Approve when edits.Count > 0:
                return "an approval carries no edits; use decision \"edit\"";
            case DecisionKind.Reject when edits.Count > 0:
                return "a rejection carries no edits";
            case DecisionKind.Reject:
                var reason = options.FindReason(request.Reason);
                if (reason is null)
                {
                    return $"reject needs a reason, one of: {string.Join(", ", options.RejectReasons.Select(r => r.Code))}";
                }

                return reason.NeedsNote && string.IsNullOrWhiteSpace(request.Note)
                    ? $"reason '{reason.Code}' needs a note saying why"
                    : null;
            case DecisionKind.Edit:
                return EditProblem(unit, edits);
            default:
                return null;
        }
    }

    private static string? EditProblem(ReviewUnit unit, IReadOnlyDictionary<string, string> edits)
    {
        if (edits.Count == 0)
        {
            return "an edit needs the edited text of at least one field";
        }

        var changed = false;
        foreach (var (key, text) in edits)
        {
            var field = unit.Fields.FirstOrDefault(f => f.Key == key);
            if (field is null || !field.Editable)
            {
                var editable = string.Join(", ", unit.Fields.Where(f => f.Editable).Select(f => f.Key));
                return $"'{key}' is not an editable field of this {UnitKinds.Name(unit.Kind)} unit (editable: {editable})";
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return $"the edited text of '{key}' is empty; reject the unit instead of deleting its text";
            }

            changed |= text.Trim() != field.Text.Trim();
        }

        return changed ? null : "the edits change nothing; approve instead";
    }
}
