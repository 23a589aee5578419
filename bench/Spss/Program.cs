using System.Diagnostics;
using System.Globalization;
using ValueAtlas.Bench;
using ValueAtlas.Formats.Convert;
using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Spss;

// A WVS-sized bytecode-compressed .sav (100,000 cases × 500 numeric + 20 string variables, made by pspp) converted
// to CSV by our reader, and by readstat in the same run; prints both times, the ratio (goal ≤ 1.0) and peak memory.
// Then that CSV to Parquet, ours (in a child process of its own, so its peak memory is its own) against DuckDB's
// COPY of the same CSV: time ratio (goal ≤ 1.0) and our peak resident set (goal < 400 MB).
// Usage: dotnet run -c Release --project bench/Spss -- [--cases 100000] [--keep]
if (args is ["--child-csv-to-parquet", var childCsv, var childOut])
{
    var written = await CsvToParquet.WriteAsync(childCsv, childOut, new ParquetWriterOptions(), 100_000, encoding: null, missing: null, CancellationToken.None);
    using var self = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written} {self.PeakWorkingSet64}"));
    return 0;
}

var cases = Arg("--cases", 100_000);
var folder = Directory.CreateTempSubdirectory("valueatlas-bench-spss-").FullName;
var sav = Path.Combine(folder, "wvs.sav");

Console.WriteLine($"making {cases} cases × 500 numeric + 20 string variables with pspp …");
File.WriteAllText(Path.Combine(folder, "make.sps"), $"""
    SET SEED=20241123.
    INPUT PROGRAM.
    LOOP #i = 1 TO {cases}.
    COMPUTE id = #i.
    END CASE.
    END LOOP.
    END FILE.
    END INPUT PROGRAM.
    NUMERIC v1 TO v499 (F8.2).
    DO REPEAT x = v1 TO v499.
    COMPUTE x = TRUNC(UNIFORM(10)).
    END REPEAT.
    STRING s1 TO s20 (A24).
    DO REPEAT s = s1 TO s20.
    COMPUTE s = CONCAT('응답 ', STRING(TRUNC(UNIFORM(100)), F3.0)).
    END REPEAT.
    SAVE OUTFILE='wvs.sav' /COMPRESSED.
    """);
var clock = Stopwatch.StartNew();
BenchProcess.Run("pspp", folder, "-O", "format=txt", "-o", "pspp.log", "make.sps");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fixture: {new FileInfo(sav).Length / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s"));

clock.Restart();
BenchProcess.Run("readstat", folder, "wvs.sav", "readstat.csv");
var theirs = clock.Elapsed.TotalSeconds;

clock.Restart();
long rows;
using (var reader = SpssReader.Open(sav))
await using (var output = File.Create(Path.Combine(folder, "ours.csv")))
{
    rows = await SpssToText.WriteCsvAsync(reader, output, new SpssTextOptions(false, false), CancellationToken.None);
}

var ours = clock.Elapsed.TotalSeconds;
var peak = Process.GetCurrentProcess().PeakWorkingSet64;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"sav → csv, {rows} cases: valueatlas {ours:0.00} s, readstat {theirs:0.00} s, ratio {ours / theirs:0.00} (goal ≤ 1.0); valueatlas peak working set {peak / 1e6:0} MB"));
// The same data as CSV → Parquet: ours against DuckDB's COPY … TO … (FORMAT parquet), both Snappy, same run.
var csv = Path.Combine(folder, "ours.csv");
var oracle = Path.Combine(BenchProcess.FindRepo(), "tools", "duckdb-oracle");
clock.Restart();
BenchProcess.Run("node", oracle, "read-parquet.mjs", "--write", Path.Combine(folder, "duck.parquet"), "snappy", $"SELECT * FROM read_csv('{csv}')");
var duck = clock.Elapsed.TotalSeconds;
clock.Restart();
var child = BenchProcess.RunSelf(folder, ["--child-csv-to-parquet", csv, Path.Combine(folder, "ours.parquet")]).Split(' ');
var oursParquet = clock.Elapsed.TotalSeconds;
var childPeak = long.Parse(child[1], CultureInfo.InvariantCulture);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"csv → parquet, {new FileInfo(csv).Length / 1e6:0} MB, {child[0]} rows: valueatlas {oursParquet:0.00} s (incl. process start), DuckDB {duck:0.00} s (incl. node start), ratio {oursParquet / duck:0.00} (goal ≤ 1.0)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"csv → parquet: valueatlas peak working set {childPeak / 1e6:0} MB (goal < 400); sizes {new FileInfo(Path.Combine(folder, "ours.parquet")).Length / 1e6:0.0} MB vs DuckDB {new FileInfo(Path.Combine(folder, "duck.parquet")).Length / 1e6:0.0} MB"));

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

