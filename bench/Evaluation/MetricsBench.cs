using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Tests.Metrics;

namespace ValueAtlas.Bench.Evaluation;

/// <summary>
/// The metrics against the Python reference on the same inputs in the same run: all four consistency measures over
/// synthetic answers to every imported ValueConsistency item, then similarity of 10 models × 1,301 questions × 130
/// countries; each side's wall time, the ratio, our peak working set, and how far the numbers are apart.
/// </summary>
internal static class MetricsBench
{
    private const string Python = "/usr/bin/python3";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var resamples = Arg(args, "--resamples", 9_999);
        var similarityReferenceResamples = Arg(args, "--similarity-reference-resamples", resamples);
        var seed = Arg(args, "--seed", 0);
        var skipReference = Array.IndexOf(args, "--no-reference") >= 0;
        var repo = BenchProcess.FindRepo();
        var dir = Directory.CreateTempSubdirectory("valueatlas-bench-metrics-");
        var reference = Path.Combine(repo, "tools", "metrics-reference", "reference.py");
        Console.WriteLine($"metrics benchmark: {Environment.ProcessorCount} cores{LoadAverage()}, {resamples} resamples, seed {seed}");

        var answers = await SyntheticAnswers.ValueConsistencyAsync(repo, ["model-a", "model-b"], 20240601, cancellationToken);
        var itemCount = answers.Select(a => a.ItemId).Distinct().Count();
        var distributions = Path.Combine(dir.FullName, "distributions.jsonl");
        DistributionsJsonl.WriteAnswers(distributions, answers);
        var options = new ConsistencyOptions { By = [Dimensions.Model, Dimensions.PromptKind], Resamples = resamples, Seed = seed };
        Consistency.Compute(answers.Take(2_000).ToList(), options with { Resamples = 99 }); // JIT warm-up, not timed
        var (ours, oursTime) = Timed(() => Consistency.Compute(answers, options));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"consistency: {itemCount} items, {answers.Count} answers (2 models × mc, open), by model,prompt_kind: ValueAtlas {oursTime.TotalSeconds:0.00} s, peak working set {peak / 1e6:0} MB"));
        foreach (var m in new[] { ours.Paraphrase, ours.Topic, ours.UseCase, ours.Multilingual })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {m.Name,-12} mean {m.Overall?.Mean:0.0000} CI [{m.Overall?.Ci95.Low:0.0000}, {m.Overall?.Ci95.High:0.0000}] groups {m.Overall?.Groups} members {m.Overall?.Members} singletons {m.Overall?.Singletons}"));
        }

        var exit = 0;
        if (!skipReference)
        {
            var (output, theirTime) = await TimedAsync(() => RunPython(dir.FullName, cancellationToken, reference, "consistency", "--distributions", distributions,
                "--by", "model,prompt_kind", "--resamples", resamples.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture)));
            var comparison = new ReferenceComparison();
            using (var json = JsonDocument.Parse(output))
            {
                comparison.Consistency(ours, json.RootElement);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  reference (numpy/scipy) {theirTime.TotalSeconds:0.00} s: ValueAtlas is {theirTime / oursTime:0.0}× faster (goal ≥ 20×); {comparison.Summary()}"));
            exit |= Report(comparison);
        }

        var human = SyntheticSurveys.Countries(130, 1_301, 7);
        var model = SyntheticSurveys.Models(human, 10, 8);
        var similarityOptions = new SimilarityOptions { Resamples = resamples, Seed = seed };
        Similarity.Compute(model.Take(1_301).ToList(), human.Take(10 * 1_301).ToList(), similarityOptions with { Resamples = 99 });
        var (similarity, similarityTime) = Timed(() => Similarity.Compute(model, human, similarityOptions));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"similarity: 10 models × 1,301 questions × 130 countries ({similarity.Conditions.Sum(c => c.Countries.Sum(k => k.Questions.Count)):N0} question values, {similarity.Conditions.Sum(c => c.Countries.Count)} BCa intervals): ValueAtlas {similarityTime.TotalSeconds:0.00} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
        if (!skipReference)
        {
            var modelFile = Path.Combine(dir.FullName, "model.jsonl");
            var humanFile = Path.Combine(dir.FullName, "human.jsonl");
            DistributionsJsonl.WriteSurvey(modelFile, model, human: false);
            DistributionsJsonl.WriteSurvey(humanFile, human, human: true);
            var (output, theirTime) = await TimedAsync(() => RunPython(dir.FullName, cancellationToken, reference, "similarity", "--model", modelFile, "--human", humanFile,
                "--resamples", similarityReferenceResamples.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture)));
            var comparison = new ReferenceComparison();
            using (var json = JsonDocument.Parse(output))
            {
                comparison.Similarity(similarity, json.RootElement);
            }

            var same = similarityReferenceResamples == resamples;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  reference at {similarityReferenceResamples} resamples {theirTime.TotalSeconds:0.00} s{(same ? $": ValueAtlas is {theirTime / similarityTime:0.0}× faster" : " (fewer resamples: times not comparable one to one)")}; {comparison.Summary()}"));
            exit |= Report(comparison);
        }

        Console.WriteLine($"after the run{LoadAverage()}");
        dir.Delete(recursive: true);
        return exit;
    }

    private static int Report(ReferenceComparison comparison)
    {
        foreach (var problem in comparison.Problems.Take(10))
        {
            Console.WriteLine("  disagreement: " + problem);
        }

        return comparison.Problems.Count == 0 ? 0 : 1;
    }

    private static (T Result, TimeSpan Wall) Timed<T>(Func<T> run)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var result = run();
        return (result, clock.Elapsed);
    }

    private static async Task<(T Result, TimeSpan Wall)> TimedAsync<T>(Func<Task<T>> run)
    {
        var clock = Stopwatch.StartNew();
        var result = await run();
        return (result, clock.Elapsed);
    }

    private static async Task<string> RunPython(string folder, CancellationToken cancellationToken, params string[] arguments)
    {
        var info = new ProcessStartInfo(Python) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? await stdout : throw new InvalidOperationException($"reference failed ({process.ExitCode}): {await stderr}");
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? ", load average " + File.ReadAllText("/proc/loadavg").Split(' ')[0] : "";
}
