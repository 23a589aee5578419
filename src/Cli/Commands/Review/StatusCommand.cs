using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ValueAtlas.Core.Artifacts;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review status [--json]</c>.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the queues as JSON instead of the tables." };
        var status = new Command("status", """
            Every queue's units by state (open, in adjudication, approved, rejected) and its decisions, then each
            annotator's decisions and adjudications per queue with the time of their latest.
            """)
        {
            json,
        };
        status.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            var queues = await store.StatusAsync(ct).ConfigureAwait(false);
            var activity = await store.ActivityAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(queues, ArtifactJson.Options));
                return ExitCodes.Ok;
            }

            Console.WriteLine("queue\toverlap\tunits\topen\tadjudication\tapproved\trejected\tdecisions");
            foreach (var q in queues)
            {
                Console.WriteLine($"{q.Queue}\t{q.Overlap}\t{q.Units}\t{q.Open}\t{q.Adjudication}\t{q.Approved}\t{q.Rejected}\t{q.Decisions}");
            }

            if (activity.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine("queue\tannotator\tname\tdecisions\tadjudications\tlatest");
                foreach (var a in activity)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{a.Queue}\t{a.Annotator.Id}\t{a.Annotator.Name}\t{a.Decisions}\t{a.Adjudications}\t{a.LastDecisionAt:yyyy-MM-dd HH:mm}Z"));
                }
            }

            return ExitCodes.Ok;
        }));
        return status;
    }
}
