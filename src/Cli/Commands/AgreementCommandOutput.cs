using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ValueAtlas.Curation.Review.Agreement;

namespace ValueAtlas.Cli.Commands;

/// <summary>What <c>valueatlas agreement</c> prints: a report for people, or the same facts as JSON for scripts.</summary>
public static class AgreementCommandOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Json(string path, AgreementSummary summary)
    {
        var document = JsonSerializer.SerializeToNode(summary, JsonOptions)!.AsObject();
        document.Insert(0, "file", JsonValue.Create(path));
        return document.ToJsonString(JsonOptions);
    }

    public static string Text(string path, AgreementSummary summary)
    {
        var counts = summary.Counts;
        var lines = new List<string>
        {
            $"file:                 {path}",
            Invariant($"items:                {counts.Items} ({counts.PairableItems} with two or more ratings)"),
            Invariant($"raters:               {counts.Raters}"),
            Invariant($"ratings:              {counts.Ratings}"),
            Invariant($"categories:           {counts.Categories}"),
            $"Fleiss' kappa:        {Statistic(summary.FleissKappa, summary.FleissKappaUndefinedReason)}",
            $"Krippendorff's alpha: {Statistic(summary.KrippendorffAlpha, summary.KrippendorffAlphaUndefinedReason)}{(summary.KrippendorffAlpha is null ? "" : " (nominal)")}",
            $"percent agreement:    {Percent(summary.ObservedAgreement)}",
            "majority label per item:",
        };
        lines.AddRange(summary.Majorities.Select(m => m.Tie
            ? Invariant($"  {m.Item}: tie between {string.Join(" | ", m.Labels)} ({m.Votes} of {m.Ratings} each)")
            : Invariant($"  {m.Item}: {m.Labels[0]} ({m.Votes} of {m.Ratings})")));
        return string.Join('\n', lines);
    }

    private static string Statistic(double? value, string? undefinedReason) =>
        value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "undefined: " + undefinedReason;

    private static string Percent(double? proportion) => proportion is { } p
        ? Invariant($"{p * 100:0.00} % of rater pairs agree (mean over items with two or more ratings)")
        : "undefined: no item has two or more ratings";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
