using System.CommandLine;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review init</c>.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var init = new Command("init", "Create the review store's tables (safe to run again: existing queues and decisions are kept).");
        init.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var (location, options) = StoreOptions.Resolve(parse);
            await using var store = await StoreOptions.OpenAsync(location, options, ct).ConfigureAwait(false);
            Console.Error.WriteLine($"review store ready ({store.Kind}): {location}");
            return ExitCodes.Ok;
        }));
        return init;
    }
}
