using System.CommandLine;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review annotator add|list</c>.</summary>
public static class AnnotatorCommand
{
    public static Command Create()
    {
        var annotator = new Command("annotator", "Add and list the people who review.");
        annotator.Subcommands.Add(Add());
        annotator.Subcommands.Add(List());
        return annotator;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "The person's name (kept in the store; exports carry a pseudonymous id)." };
        var languages = new Option<string>("--languages") { Description = "Languages they read, comma-separated (ko,en); they only get units in these.", Required = true };
        var role = new Option<string>("--role") { Description = "annotator, adjudicator (also decides disagreements) or admin.", DefaultValueFactory = _ => "annotator" };
        var baseUrl = new Option<string>("--base-url") { Description = "Where review serve will listen, for the login link.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var add = new Command("add", """
            Add an annotator. Prints their secret token and login link once: only a hash of the token is stored, so
            a lost token means adding the person again under another name.
            """)
        {
            name,
            languages,
            role,
            baseUrl,
        };
        add.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var roleText = parse.GetValue(role)!;
            if (!Enum.TryParse<AnnotatorRole>(roleText, ignoreCase: true, out var parsedRole) || int.TryParse(roleText, out _))
            {
                throw new UsageException($"--role: '{roleText}' is not a role; expected annotator, adjudicator or admin");
            }

            var langs = parse.GetValue(languages)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var code in langs)
            {
                if (!Core.Domain.Language.TryParse(code, out _))
                {
                    throw new UsageException($"--languages: '{code}' is not a language tag (expected e.g. ko, en, zh)");
                }
            }

            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            var added = await store.AddAnnotatorAsync(parse.GetValue(name)!, parsedRole, langs, ct).ConfigureAwait(false);
            Console.WriteLine($"annotator {added.Annotator.Name} ({added.Annotator.Id}, {ReviewStore.RoleName(parsedRole)}, reads {string.Join(",", langs)})");
            Console.WriteLine($"token: {added.Token}");
            Console.WriteLine($"login: {parse.GetValue(baseUrl)!.TrimEnd('/')}/#token={added.Token}");
            Console.Error.WriteLine("Give the link to this person only; the token is not shown again.");
            return ExitCodes.Ok;
        }));
        return add;
    }

    private static Command List()
    {
        var list = new Command("list", "List annotators: id, name, role, languages (never tokens).");
        list.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            foreach (var a in await store.AnnotatorsAsync(ct).ConfigureAwait(false))
            {
                Console.WriteLine($"{a.Id}\t{a.Name}\t{ReviewStore.RoleName(a.Role)}\t{string.Join(",", a.Languages)}");
            }

            return ExitCodes.Ok;
        }));
        return list;
    }
}
