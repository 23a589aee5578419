using System.CommandLine;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Hosting;
using ValueAtlas.Curation.Review.Web;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review serve [--host 127.0.0.1] --port P</c>.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "Address to listen on: an IP address or localhost. Loopback by default; for a team, put it behind a TLS proxy.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var queue = new Option<string?>("--queue") { Description = "Only hand out units of this queue (default: every queue, in name order)." };
        var serve = new Command("serve", """
            Serve the annotators' web app until Ctrl+C. Annotators open the login link printed by
            `review annotator add` (http://HOST:PORT/#token=…); the page shows one unit at a time with Korean and
            English side by side, the guidelines for its kind, and keyboard shortcuts for every action (press ? on
            the page). The same JSON API is scriptable with "Authorization: Bearer TOKEN": GET /api/units/next,
            POST /api/units/{id}/decisions {decision, reason?, note?, edits?, rationale?}, POST /api/decisions/undo,
            GET /api/progress.
            """)
        {
            host,
            port,
            queue,
        };
        serve.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var address = parse.GetValue(host)!;
            var number = parse.GetValue(port);
            if (number is < 0 or > 65535)
            {
                throw new UsageException($"--port: must be between 0 and 65535, not {number}");
            }

            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            var app = ReviewWebApp.Create(store, new ReviewServerOptions { Host = address, Port = number, Queue = parse.GetValue(queue) });
            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await app.StartAsync(ct).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    throw new UsageException(e.InnerException is AddressInUseException
                        ? $"--port: {number} is already in use on {address}; stop what listens there, or pick another port (--port 0 picks a free one)"
                        : $"--host/--port: cannot listen on {address}:{number}: {e.InnerException?.Message ?? e.Message}");
                }

                Console.WriteLine($"review app listening on {ReviewWebApp.BaseAddress(app)} ({store.Kind} store); Ctrl+C stops it");
                await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return serve;
    }
}
