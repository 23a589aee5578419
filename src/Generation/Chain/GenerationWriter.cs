using System.Text.Json;
using System.Text.Json.Nodes;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Chain;

/// <summary>
/// Writes a run's artifacts, each atomically: topics.jsonl, items.jsonl (kept rows), dropped.jsonl (filtered rows with
/// their reasons), quarantine.jsonl (unusable answers) and run.json. Nothing in them depends on the clock of the
/// re-run, so re-running a cached config rewrites the same bytes.
/// </summary>
public static class GenerationWriter
{
    public static async Task WriteAsync(string folder, GenerationOutput output, string model, CancellationToken cancellationToken)
    {
        await JsonlWriter.WriteAsync(Path.Combine(folder, "topics.jsonl"), output.Topics, cancellationToken).ConfigureAwait(false);
        await JsonlWriter.WriteAsync(Path.Combine(folder, "items.jsonl"), output.Items.Kept, cancellationToken).ConfigureAwait(false);
        await JsonlWriter.WriteAsync(
            Path.Combine(folder, "dropped.jsonl"),
            output.Items.Dropped.Select(d => new { reason = d.Reason, detail = d.Detail, item = d.Question }),
            cancellationToken).ConfigureAwait(false);
        await JsonlWriter.WriteAsync(Path.Combine(folder, "quarantine.jsonl"), output.Quarantine, cancellationToken).ConfigureAwait(false);
        await AtomicFile.WriteAllTextAsync(Path.Combine(folder, "run.json"), Report(output, model).ToJsonString(Indented) + "\n", cancellationToken).ConfigureAwait(false);
    }

    public static JsonObject Report(GenerationOutput output, string model)
    {
        var steps = new JsonObject();
        foreach (var (name, stats) in output.Steps)
        {
            steps[name] = JsonSerializer.SerializeToNode(stats, ArtifactJson.Options);
        }

        var dropped = new JsonObject();
        foreach (var reason in DropReason.All)
        {
            dropped[reason] = output.Items.CountsByReason.GetValueOrDefault(reason);
        }

        return new JsonObject
        {
            ["model"] = model,
            ["steps"] = steps,
            ["totals"] = new JsonObject
            {
                ["calls"] = output.Steps.Values.Sum(s => s.Calls),
                ["cache_hits"] = output.Steps.Values.Sum(s => s.CacheHits),
                ["input_tokens"] = output.Steps.Values.Sum(s => s.InputTokens),
                ["output_tokens"] = output.Steps.Values.Sum(s => s.OutputTokens),
                ["cost"] = output.Steps.Values.Sum(s => s.Cost),
            },
            ["topics"] = output.Topics.Count,
            ["items"] = new JsonObject
            {
                ["generated"] = output.Items.Kept.Count + output.Items.Dropped.Count,
                ["kept"] = output.Items.Kept.Count,
                ["dropped_by_reason"] = dropped,
            },
            ["quarantined"] = output.Quarantine.Count,
            ["topic_overlaps"] = new JsonArray([.. output.TopicOverlaps.Select(o => (JsonNode?)o)]),
        };
    }

    private static readonly JsonSerializerOptions Indented = new(ArtifactJson.Options) { WriteIndented = true };
}
