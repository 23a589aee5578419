using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace ValueAtlas.Cli.Tests;

/// <summary>`review serve` as an annotator meets it: the login link's token works against the served API.</summary>
public sealed class ReviewServeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Serve_prints_its_address_and_answers_the_api_with_the_token_from_annotator_add()
    {
        var import = await CliProcess.RunAsync(["import", "valueconsistency", RepoRoot.File("datasets", "external", "valueconsistency"), "--out", _dir.File("vc")]);
        Assert.True(import.ExitCode == 0, import.ToString());
        var db = _dir.File("r.db");
        await CliProcess.RunAsync(["review", "--db", db, "enqueue", "--items", _dir.File("vc/items.jsonl"), "--queue", "vc", "--kinds", "topic"]);
        var added = await CliProcess.RunAsync(["review", "--db", db, "annotator", "add", "Ada", "--languages", "en"]);
        Assert.True(added.ExitCode == 0, added.ToString());
        var token = added.Stdout.Split('\n').Single(l => l.StartsWith("token: ", StringComparison.Ordinal))["token: ".Length..].Trim();

        using var server = Process.Start(CliProcess.StartInfo(["review", "--db", db, "serve", "--port", "0"]))!;
        try
        {
            var seen = new List<string>();
            string? address = null;
            while (address is null && await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
            {
                seen.Add(line);
                address = line.Split(' ').FirstOrDefault(w => w.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
            }

            Assert.True(address is not null, string.Join('\n', seen));
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
            var anonymous = await http.GetAsync(new Uri("/api/units/next", UriKind.Relative));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var next = await http.GetAsync(new Uri("/api/units/next", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
            Assert.Contains("\"kind\":\"topic\"", await next.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }
}
