using System.Diagnostics;
using System.Globalization;
using ValueAtlas.Bench.Review;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Web;

// N annotators at once, each making M decisions through the JSON API (GET next, POST decision), on SQLite and on
// PostgreSQL; beside it the bound: the same work on the store in-process. Checks afterwards that no decision was lost
// or doubled and overlap held. Goal: p99 < 100 ms per request.
// Usage: dotnet run -c Release --project bench/Review -- [--annotators 50] [--decisions 200] [--stores sqlite,postgres]
var annotators = Arg("--annotators", 50);
var decisions = Arg("--decisions", 200);
const int Overlap = 2;
var kinds = (ArgText("--stores") ?? "sqlite,postgres").Split(',');
var units = annotators * decisions / Overlap;
var folder = Directory.CreateTempSubdirectory("valueatlas-review-bench-").FullName;
string? pgFolder = null;
var postgres = Environment.GetEnvironmentVariable("VALUEATLAS_TEST_PG");
if (kinds.Contains("postgres") && string.IsNullOrEmpty(postgres))
{
    pgFolder = Path.Combine(folder, "pg");
    postgres = Script("start", pgFolder);
}

Console.WriteLine($"review benchmark: {annotators} annotators x {decisions} decisions, {units} units, overlap {Overlap}, {Environment.ProcessorCount} cores");
Console.WriteLine("store     path     wall_s  decisions/s  vs_direct  next: latency                              decide: latency");
var failed = false;
try
{
    foreach (var kind in kinds)
    {
        var (directStore, directPeople) = await BenchStores.CreateAsync(kind, folder, postgres, units, annotators, Overlap);
        await using (directStore)
        {
            var direct = await DirectLoad.RunAsync(directStore, directPeople, decisions);
            Print(kind, "direct", direct, direct);

            var (apiStore, apiPeople) = await BenchStores.CreateAsync(kind, folder, postgres, units, annotators, Overlap);
            await using (apiStore)
            {
                await using var app = ReviewWebApp.Create(apiStore, new ReviewServerOptions { Port = 0 });
                await app.StartAsync();
                var api = await ApiLoad.RunAsync(ReviewWebApp.BaseAddress(app), apiPeople, decisions);
                await app.StopAsync();
                Print(kind, "api", api, direct);
                failed |= !await VerifyAsync(apiStore, api, annotators * decisions);
                failed |= api.Next.Percentile(0.99) >= 100 || api.Decide.Percentile(0.99) >= 100;
            }
        }
    }
}
finally
{
    if (pgFolder is not null)
    {
        Script("stop", pgFolder);
    }

    Directory.Delete(folder, recursive: true);
}

Console.WriteLine(failed ? "goal missed: see the rows above" : "goal met: every check passed and p99 < 100 ms");
return failed ? 1 : 0;

static async Task<bool> VerifyAsync(ReviewStore store, LoadResult run, int expected)
{
    var stored = await store.UnitsAsync("bench", CancellationToken.None);
    var all = stored.SelectMany(u => u.Decisions).ToList();
    var doubled = all.Count - all.Select(d => (d.UnitId, d.AnnotatorId)).Distinct().Count();
    var overOverlap = stored.Count(u => u.Decisions.Count > u.Overlap);
    var ok = all.Count == expected && run.Decisions == expected && doubled == 0 && overOverlap == 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"          check: {run.Decisions} accepted, {all.Count} stored (expected {expected}), {doubled} doubled, {overOverlap} units over overlap: {(ok ? "ok" : "FAILED")}"));
    return ok;
}

static void Print(string kind, string path, LoadResult run, LoadResult direct) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{kind,-9} {path,-7} {run.Wall.TotalSeconds,7:0.00}  {run.DecisionsPerSecond,11:0}  {run.DecisionsPerSecond / direct.DecisionsPerSecond,9:0.00}  {run.Next.Summary()}  {run.Decide.Summary()}"));

static string Script(string verb, string dir)
{
    var root = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(root, "ValueAtlas.slnx")))
    {
        root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
    }

    using var process = Process.Start(new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "pg.sh"), verb, dir]) { RedirectStandardOutput = true })!;
    var output = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    return process.ExitCode == 0 ? output : throw new InvalidOperationException($"scripts/pg.sh {verb} failed");
}

int Arg(string name, int fallback) => ArgText(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
