using System.Text.Json;
using System.Text.Json.Nodes;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Approved;

/// <summary>
/// Writes a queue's approved rows as items.jsonl with their final text and a "review" object,
/// and every other enqueued row to excluded.jsonl with the reason. A row is released when its
/// own unit is approved, its topic's unit (if the queue has one) is approved, and the unit of
/// the original it paraphrases or translates (if the queue has one) is approved. Ids are kept
/// through edits so paraphrase and translation links stay intact; the edit is in review.diffs.
/// </summary>
public static class ApprovedExport
{
    public static async Task<ApprovedExportResult> WriteAsync(ReviewStore store, string queue, string folder, CancellationToken cancellationToken)
    {
        var units = await store.UnitsAsync(queue, cancellationToken);
        if (units.Count == 0)
        {
            throw new ConfigException($"queue '{queue}' has no units (see valueatlas review status)");
        }

        var items = await store.ItemsAsync(queue, cancellationToken);
        var topics = units.Where(u => u.Unit.Kind == UnitKind.Topic).ToDictionary(u => u.Unit.TopicId, StringComparer.Ordinal);
        var questionUnits = units.Where(u => u.Unit.Kind == UnitKind.Question)
            .ToDictionary(u => u.Unit.ItemIds[0], StringComparer.Ordinal);
        var released = new List<JsonObject>();
        var excluded = new List<ExcludedItem>();
        foreach (var record in units.Where(u => u.Unit.Kind != UnitKind.Topic))
        {
            foreach (var itemId in record.Unit.ItemIds)
            {
                var row = items[itemId];
                var blocker = Blocker(record, row, topics, questionUnits);
                if (blocker is not null)
                {
                    excluded.Add(new ExcludedItem(itemId, record.Unit.Id, blocker));
                    continue;
                }

                topics.TryGetValue(row.TopicId, out var topic);
                released.Add(Release(record, row, topic));
            }
        }

        var itemsPath = Path.Combine(folder, "items.jsonl");
        var excludedPath = Path.Combine(folder, "excluded.jsonl");
        await JsonlWriter.WriteAsync(itemsPath, released, cancellationToken);
        await JsonlWriter.WriteAsync(excludedPath, excluded, cancellationToken);
        var edited = released.Count(r => r["review"]!["edited"]!.GetValue<bool>());
        return new ApprovedExportResult(released.Count, edited, excluded.Count, itemsPath, excludedPath);
    }

    private static string? Blocker(
        UnitRecord record, Question row, Dictionary<string, UnitRecord> topics, Dictionary<string, UnitRecord> questionUnits)
    {
        if (record.State != UnitState.Approved)
        {
            return $"its {UnitKinds.Name(record.Unit.Kind)} unit is {ReviewStore.StateName(record.State)}";
        }

        if (topics.TryGetValue(row.TopicId, out var topic) && topic.State != UnitState.Approved)
        {
            return $"its topic unit {topic.Unit.Id} is {ReviewStore.StateName(topic.State)}";
        }

        return row.OriginalId is { } original && questionUnits.TryGetValue(original, out var source) && source.State != UnitState.Approved
            ? $"the unit of its original {original} is {ReviewStore.StateName(source.State)}"
            : null;
    }

    private static JsonObject Release(UnitRecord record, Question row, UnitRecord? topic)
    {
        var final = record.Final!;
        var edits = final.Edits.Where(e => record.Unit.Fields.First(f => f.Key == e.Key).ItemId == row.Id).ToList();
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        var options = row.Options.ToArray();
        var text = row.Text;
        foreach (var (key, value) in edits)
        {
            originals[key] = record.Unit.Fields.First(f => f.Key == key).Text;
            if (key.StartsWith("option:", StringComparison.Ordinal))
            {
                var index = int.Parse(key["option:".Length..], System.Globalization.CultureInfo.InvariantCulture) - 1;
                options[index] = options[index] with { Text = value };
            }
            else
            {
                text = value;
            }
        }

        var topicName = topic?.Final?.Edits.GetValueOrDefault("topic") ?? row.TopicName;
        var finalRow = row with { Text = text, Options = options, TopicName = topicName };
        var review = new ApprovedItemReview
        {
            Queue = record.Unit.Queue,
            UnitId = record.Unit.Id,
            UnitKind = UnitKinds.Name(record.Unit.Kind),
            Outcome = record.Adjudication is null ? "unanimous" : "adjudicated",
            Edited = edits.Count > 0 || topicName != row.TopicName,
            Diffs = edits.ToDictionary(e => e.Key, e => final.Diffs.GetValueOrDefault(e.Key) ?? "", StringComparer.Ordinal),
            OriginalText = originals,
            Decisions = record.Decisions,
            TopicReviewed = topic is not null,
        };
        var node = JsonSerializer.SerializeToNode(finalRow, ArtifactJson.Options)!.AsObject();
        node["review"] = JsonSerializer.SerializeToNode(review, ArtifactJson.Options);
        return node;
    }
}
