using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Curation.Review.Agreement;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review agreement --queue Q [--json]</c>.</summary>
public static class QueueAgreementCommand
{
    public static Command Create()
    {
        var queue = new Option<string>("--queue") { Description = "The queue.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var agreement = new Command("agreement", """
            Inter-annotator agreement of a queue: Fleiss' kappa (when every unit has the same number of decisions)
            and Krippendorff's alpha (nominal), for the whole queue and per unit kind, language and country, with the
            counts behind them. Two label sets: "decision" (approve / edit / reject) and "acceptance" (edit counts as
            approve). Adjudications are not counted. Units with a single decision so far add nothing to alpha.
            """)
        {
            queue,
            json,
        };
        agreement.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            var name = parse.GetValue(queue)!;
            var units = await store.UnitsAsync(name, ct).ConfigureAwait(false);
            if (units.Count == 0)
            {
                throw new UsageException($"queue '{name}' has no units (see valueatlas review status)");
            }

            var groups = QueueAgreement.Of(name, units);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(groups, ArtifactJson.Options));
                return ExitCodes.Ok;
            }

            Console.WriteLine("dimension\tvalue\trated_units\tpairable\tratings\tannotators\tkappa\talpha\tkappa_accept\talpha_accept\tagreement");
            foreach (var g in groups)
            {
                var c = g.Decision.Counts;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{g.Dimension}\t{g.Value}\t{c.Items}\t{c.PairableItems}\t{c.Ratings}\t{c.Raters}\t{F(g.Decision.FleissKappa)}\t{F(g.Decision.KrippendorffAlpha)}\t{F(g.Acceptance.FleissKappa)}\t{F(g.Acceptance.KrippendorffAlpha)}\t{F(g.Decision.ObservedAgreement)}"));
            }

            return ExitCodes.Ok;
        }));
        return agreement;
    }

    private static string F(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—";
}
