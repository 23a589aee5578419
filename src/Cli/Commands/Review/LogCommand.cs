using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Curation.Review.Audit;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review log</c>.</summary>
public static class LogCommand
{
    public static Command Create()
    {
        var queue = new Option<string?>("--queue") { Description = "Only this queue." };
        var unit = new Option<string?>("--unit") { Description = "Only this unit." };
        var actor = new Option<string?>("--actor") { Description = "Only this annotator id (or admin)." };
        var json = new Option<bool>("--json") { Description = "One JSON object a line (JSONL) instead of text." };
        var log = new Command("log", """
            The audit log, oldest first: every action (queue created, unit enqueued, annotator added, decision,
            adjudication, undo, spreadsheet import) with who, when, the unit, and the state before and after.
            The log is append-only: nothing in ValueAtlas updates or deletes its entries.
            """)
        {
            queue,
            unit,
            actor,
            json,
        };
        log.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            var query = new AuditQuery { Queue = parse.GetValue(queue), UnitId = parse.GetValue(unit), Actor = parse.GetValue(actor) };
            await foreach (var entry in store.AuditAsync(query, ct).ConfigureAwait(false))
            {
                Console.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(entry, ArtifactJson.Options)
                    : string.Create(CultureInfo.InvariantCulture,
                        $"{entry.Seq}\t{entry.At:yyyy-MM-dd HH:mm:ss}Z\t{entry.Actor}\t{entry.Action}\t{entry.Queue}\t{entry.UnitId}\t{entry.Before}\t{entry.After}"));
            }

            return ExitCodes.Ok;
        }));
        return log;
    }
}
