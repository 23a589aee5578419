using System.CommandLine;
using System.Text.Json;
using ValueAtlas.Core.Artifacts;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review status [--json]</c>.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var status = new Command("status", "Every queue's units by state (open, in adjudication, approved, rejected) and its decisions.") { json };
        status.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            var queues = await store.StatusAsync(ct).ConfigureAwait(false);
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

            return ExitCodes.Ok;
        }));
        return status;
    }
}
