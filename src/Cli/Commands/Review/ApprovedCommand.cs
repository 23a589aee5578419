using System.CommandLine;
using ValueAtlas.Curation.Review.Approved;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review approved --queue Q --out DIR</c>.</summary>
public static class ApprovedCommand
{
    public static Command Create()
    {
        var queue = new Option<string>("--queue") { Description = "The queue to export.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for items.jsonl and excluded.jsonl.", Required = true };
        var approved = new Command("approved", """
            Write the queue's approved rows to DIR/items.jsonl: the final text (edits applied) with a "review" object
            (decisions with pseudonymous annotator ids, unanimous or adjudicated, the edit diff and the original text).
            Rows not approved, or whose topic or original was not approved, go to DIR/excluded.jsonl with the reason.
            Both files are written atomically; the same store gives the same bytes.
            """)
        {
            queue,
            output,
        };
        approved.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            var result = await ApprovedExport.WriteAsync(store, parse.GetValue(queue)!, parse.GetValue(output)!.FullName, ct).ConfigureAwait(false);
            Console.Error.WriteLine($"{result.Approved} approved rows ({result.Edited} edited) → {result.ItemsPath}; {result.Excluded} excluded → {result.ExcludedPath}");
            return ExitCodes.Ok;
        }));
        return approved;
    }
}
