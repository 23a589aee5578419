using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>What annotators may type in the decision and reason cells: the English words, or the Korean ones they think in.</summary>
public static class DecisionWords
{
    private static readonly Dictionary<string, DecisionKind> Decisions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["approve"] = DecisionKind.Approve,
        ["reject"] = DecisionKind.Reject,
        ["edit"] = DecisionKind.Edit,
        ["승인"] = DecisionKind.Approve,
        ["거절"] = DecisionKind.Reject,
        ["수정"] = DecisionKind.Edit,
    };

    public static string Accepted => "approve, reject or edit (승인, 거절, 수정)";

    public static bool TryParse(string cell, out DecisionKind kind) => Decisions.TryGetValue(cell.Trim(), out kind);

    /// <summary>The reason's code, from the code or its Korean or English label in any case; otherwise the cell as it is, for the validator to refuse.</summary>
    public static string ReasonCode(string cell, ReviewOptions options)
    {
        var text = cell.Trim();
        var reason = options.RejectReasons.FirstOrDefault(r =>
            string.Equals(r.Code, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.Ko, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.En, text, StringComparison.OrdinalIgnoreCase));
        return reason?.Code ?? text;
    }
}
