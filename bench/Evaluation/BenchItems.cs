using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Run;
using ValueAtlas.Generation.Import;

namespace ValueAtlas.Bench.Evaluation;

/// <summary>
/// The public ValueConsistency data imported as <c>valueatlas import valueconsistency</c> does, written to items.jsonl
/// and read back by the evaluation's own reader, so the probes are exactly what <c>evaluate</c> would ask.
/// </summary>
internal static class BenchItems
{
    public static async Task<EvaluationInput> ReadAsync(string folder, int orderings, int? limit, CancellationToken cancellationToken)
    {
        var source = Path.Combine(BenchProcess.FindRepo(), "datasets", "external", "valueconsistency");
        var imported = await ValueConsistencyImport.ReadAsync(source, CountryRegistry.BuiltIn, cancellationToken);
        var items = Path.Combine(folder, "items.jsonl");
        await JsonlWriter.WriteAsync(items, imported.Items, cancellationToken);
        var run = new EvaluationRun { Name = "bench-mc", Kind = PromptKinds.MultipleChoice, Input = items, Orderings = orderings, Limit = limit };
        var probes = await ItemProbes.ReadAsync(items, run, cancellationToken);
        if (probes.Skipped.Count > 0)
        {
            Console.WriteLine($"note: {probes.Skipped.Count} items skipped by the reader (first: {probes.Skipped[0].ItemId}: {probes.Skipped[0].Reason})");
        }

        return new EvaluationInput(run.Name, run, probes, Seed: 20240601);
    }
}
