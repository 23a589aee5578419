using System.Diagnostics;
using System.Globalization;
using ValueAtlas.Bench;
using ValueAtlas.Bench.Harmonize;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Harmonize;
using ValueAtlas.Curation.Surveys.Sources;

// A WVS-sized .sav (100,000 respondents × 290 questions, 60 countries, weights; made by pspp) harmonized to
// distributions by valueatlas, against DuckDB computing the same weighted shares per (country, question, code) from
// readstat's CSV of the same file, in the same run. Prints both times, the ratio (goal ≤ 1.0) and our peak resident
// set (goal < 500 MB). Each side runs as a child process, so the times include process start and the peak is our own.
// Usage: dotnet run -c Release --project bench/Harmonize -- [--cases 100000] [--questions 290] [--countries 60] [--keep]
if (args is ["--child-harmonize", var crosswalk, var sav, var output])
{
    var clock = Stopwatch.StartNew();
    var summary = await Harmonizer.RunAsync(new HarmonizeRequest(crosswalk, [sav], output), CountryRegistry.BuiltIn, CancellationToken.None);
    using var self = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.DistributionRows} {self.PeakWorkingSet64} {clock.Elapsed.TotalSeconds}"));
    return 0;
}

if (args is ["--child-read", var file])
{
    // Where the time goes: the same file read cell by cell with nothing counted.
    var clock = Stopwatch.StartNew();
    using var survey = SurveyFiles.Open(file);
    var cells = 0L;
    while (survey.Next())
    {
        for (var v = 0; v < survey.Variables.Count; v++)
        {
            cells += (int)survey.Cell(v, out _);
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cells} {clock.Elapsed.TotalSeconds}"));
    return 0;
}

var cases = Arg("--cases", 100_000);
var questions = Arg("--questions", 290);
var countries = Arg("--countries", 60);
var folder = Directory.CreateTempSubdirectory("valueatlas-bench-harmonize-").FullName;
var numeric = CountryRegistry.BuiltIn.All.Where(c => c.Numeric is not null).Take(countries).Select(c => (c.Numeric!.Value, c.NameIn(Language.English))).ToList();
File.WriteAllText(Path.Combine(folder, "make.sps"), BenchFixture.Syntax(cases, questions, numeric));
File.WriteAllText(Path.Combine(folder, "bench.yaml"), BenchFixture.Crosswalk(questions));

Console.WriteLine($"making {cases} respondents × {questions} questions, {countries} countries with pspp …");
var watch = Stopwatch.StartNew();
BenchProcess.Run("pspp", folder, "-O", "format=txt", "-o", "pspp.log", "make.sps");
BenchProcess.Run("readstat", folder, "wvs.sav", "wvs.csv");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"fixture: wvs.sav {new FileInfo(Path.Combine(folder, "wvs.sav")).Length / 1e6:0.0} MB, readstat's wvs.csv {new FileInfo(Path.Combine(folder, "wvs.csv")).Length / 1e6:0.0} MB in {watch.Elapsed.TotalSeconds:0.0} s"));

// DuckDB: every question unpivoted, counts and Σw per (country, question, code), shares over the valid codes (1…4)
// and over all, Kish's effective n; written to Parquet as harmonize writes its table.
var csv = Path.Combine(folder, "wvs.csv");
var sql = $"""
    COPY (
      WITH long AS (
        UNPIVOT (SELECT B_COUNTRY, W_WEIGHT, COLUMNS('^Q[0-9]+$') FROM read_csv('{csv}'))
        ON COLUMNS('^Q[0-9]+$') INTO NAME q VALUE code),
      g AS (
        SELECT B_COUNTRY AS country, q, code, count(*) AS n, sum(W_WEIGHT) AS weighted_n, sum(W_WEIGHT * W_WEIGHT) AS w2
        FROM long GROUP BY ALL)
      SELECT country, q, code, n, weighted_n,
             n / sum(CASE WHEN code BETWEEN 1 AND 4 THEN n END) OVER w AS share,
             weighted_n / sum(CASE WHEN code BETWEEN 1 AND 4 THEN weighted_n END) OVER w AS weighted_share,
             sum(CASE WHEN code BETWEEN 1 AND 4 THEN n END) OVER w AS valid_n,
             sum(n) OVER w AS total_n,
             sum(CASE WHEN code BETWEEN 1 AND 4 THEN weighted_n END) OVER w ^ 2 / sum(CASE WHEN code BETWEEN 1 AND 4 THEN w2 END) OVER w AS effective_n
      FROM g
      WINDOW w AS (PARTITION BY country, q)
    ) TO '{Path.Combine(folder, "duck.parquet")}' (FORMAT parquet)
    """;
var oracle = Path.Combine(BenchProcess.FindRepo(), "tools", "duckdb-oracle");
watch.Restart();
BenchProcess.Run("node", oracle, "run-sql.mjs", sql);
var duck = watch.Elapsed.TotalSeconds;

watch.Restart();
var child = BenchProcess.RunSelf(folder, "--child-harmonize", Path.Combine(folder, "bench.yaml"), Path.Combine(folder, "wvs.sav"), Path.Combine(folder, "out")).Split(' ');
var ours = watch.Elapsed.TotalSeconds;
var read = BenchProcess.RunSelf(folder, "--child-read", Path.Combine(folder, "wvs.sav")).Split(' ');

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"harmonize, {cases} × {questions}: valueatlas {ours:0.00} s (incl. process start; {double.Parse(child[2], CultureInfo.InvariantCulture):0.00} s inside), DuckDB over readstat's CSV {duck:0.00} s (incl. node start), ratio {ours / duck:0.00} (goal ≤ 1.0)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"valueatlas peak working set {long.Parse(child[1], CultureInfo.InvariantCulture) / 1e6:0} MB (goal < 500); {numeric.Count} countries, {child[0]} distribution rows; reading the .sav alone, every cell: {double.Parse(read[1], CultureInfo.InvariantCulture):0.00} s"));

if (Array.IndexOf(args, "--keep") < 0)
{
    Directory.Delete(folder, recursive: true);
}

return 0;

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
