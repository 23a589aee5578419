using System.Text.Json;
using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Cli.Tests.Metrics;

/// <summary>
/// Seeded answer distributions for every item of an items.jsonl: per model an mc and an open answer, each drawn around
/// the model's leaning on the item's topic so that forms of one question agree more than chance. Written as a
/// distributions table without original_text_en, form_index and topic_name, as evaluate wrote it before the
/// multilingual key; <c>--items</c> fills them.
/// </summary>
internal static class SyntheticDistributions
{
    private static readonly IReadOnlyList<TableColumn<SyntheticAnswer>> Columns =
    [
        new("model", ParquetType.String, r => r.Model, Optional: false),
        new("run", ParquetType.String, r => "vc", Optional: false),
        new("prompt_kind", ParquetType.String, r => r.PromptKind, Optional: false),
        new("language", ParquetType.String, r => r.Language, Optional: false),
        new("item_id", ParquetType.String, r => r.ItemId, Optional: false),
        new("persona", ParquetType.String, r => null),
        new("prompt_country", ParquetType.String, r => null),
        new("steer_value", ParquetType.String, r => null),
        new("topic_id", ParquetType.String, r => r.TopicId),
        new("topic_name_en", ParquetType.String, r => r.TopicNameEn),
        new("original_id", ParquetType.String, r => r.OriginalId),
        new("is_paraphrase", ParquetType.Boolean, r => r.IsParaphrase),
        new("country", ParquetType.String, r => r.Country),
        new("controversial", ParquetType.Boolean, r => r.Controversial),
        new("option_index", ParquetType.Int32, r => r.OptionIndex, Optional: false),
        new("stance", ParquetType.String, r => r.Stance),
        new("probability", ParquetType.Double, r => r.Probability, Optional: false),
    ];

    public static async Task WriteAsync(string itemsPath, string folder, IReadOnlyList<string> models, int seed)
    {
        var random = new Random(seed);
        var rows = new List<SyntheticAnswer>();
        foreach (var line in await File.ReadAllLinesAsync(itemsPath))
        {
            using var item = JsonDocument.Parse(line);
            var root = item.RootElement;
            var stances = root.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("stance").GetString() ?? "neutral").ToList();
            foreach (var model in models)
            {
                foreach (var kind in new[] { "mc", "open" })
                {
                    var weights = stances.Select(s => (s == "supports" ? 2.0 : 1.0) * (0.2 + random.NextDouble())).ToList();
                    var total = weights.Sum();
                    rows.AddRange(stances.Select((stance, i) => new SyntheticAnswer(
                        model, kind, root.GetProperty("language").GetString()!, root.GetProperty("id").GetString()!, root.GetProperty("topic_id").GetString()!,
                        root.GetProperty("topic_name_en").GetString()!, root.GetProperty("original_id").GetString(), root.GetProperty("is_paraphrase").GetBoolean(),
                        root.GetProperty("country").GetString()!, root.GetProperty("controversial").GetBoolean(), i, stance, weights[i] / total)));
                }
            }
        }

        await TableSink<SyntheticAnswer>.WriteAsync(folder, "distributions", Columns, rows, TableFormat.Parquet, CancellationToken.None);
    }
}
