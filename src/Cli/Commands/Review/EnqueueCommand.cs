using System.CommandLine;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review enqueue --items F --queue Q --overlap N</c>.</summary>
public static class EnqueueCommand
{
    public static Command Create()
    {
        var items = new Option<FileInfo>("--items") { Description = "An items.jsonl (from generate or import).", Required = true };
        var queue = new Option<string>("--queue") { Description = "The queue's name, e.g. ko-2026-11.", Required = true };
        var overlap = new Option<int>("--overlap") { Description = "Decisions each unit needs from different annotators.", DefaultValueFactory = _ => 2 };
        var kinds = new Option<string>("--kinds")
        {
            Description = "Unit kinds to enqueue, comma-separated: topic, question, paraphrases, translation.",
            DefaultValueFactory = _ => "topic,question,paraphrases,translation",
        };
        var enqueue = new Command("enqueue", """
            Put the items of an items.jsonl into a queue as review units. Enqueueing the same items again changes
            nothing (units are identified by queue and content). A file with a bad line is refused as a whole, with
            the file and line of each bad line (lines all bad the same way are said once, with their count).
            """)
        {
            items,
            queue,
            overlap,
            kinds,
        };
        enqueue.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var selected = ParseKinds(parse.GetValue(kinds)!);
            if (parse.GetValue(overlap) < 1)
            {
                throw new UsageException("--overlap must be at least 1");
            }

            var read = await JsonlReader.ReadAllAsync<Question>(parse.GetValue(items)!.FullName, ct).ConfigureAwait(false);
            if (read.Errors.Count > 0)
            {
                var bad = read.Errors.Select(e => ($"{e.File}:{e.Line}", BadLines.Plain(e.Reason))).ToList();
                throw new UsageException(BadLines.Describe(bad, read.Errors.Count + read.Records.Count, "an item") + "; nothing was enqueued");
            }

            var name = parse.GetValue(queue)!;
            var units = UnitBuilder.Build(name, read.Records, selected);
            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            var result = await store.EnqueueAsync(name, parse.GetValue(overlap), units, read.Records, ct).ConfigureAwait(false);
            var byKind = string.Join(", ", units.GroupBy(u => u.Kind).Select(g => $"{g.Count()} {UnitKinds.Name(g.Key)}"));
            Console.Error.WriteLine($"queue {name}: {result.Added} units added, {result.Existing} already there ({byKind}) from {read.Records.Count} items");
            return ExitCodes.Ok;
        }));
        return enqueue;
    }

    private static HashSet<UnitKind> ParseKinds(string text)
    {
        var kinds = new HashSet<UnitKind>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            kinds.Add(UnitKinds.TryParse(part, out var kind)
                ? kind
                : throw new UsageException($"--kinds: '{part}' is not a unit kind; expected {string.Join(", ", UnitKinds.All.Select(UnitKinds.Name))}"));
        }

        return kinds.Count > 0 ? kinds : throw new UsageException("--kinds names no kind");
    }
}
