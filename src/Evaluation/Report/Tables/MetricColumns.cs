using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Evaluation.Report.Tables;

/// <summary>The columns of <c>metrics.parquet</c>, in order. The README documents them.</summary>
public static class MetricColumns
{
    public const string TableName = "metrics";

    public static IReadOnlyList<TableColumn<MetricRow>> All { get; } =
    [
        new("family", ParquetType.String, r => r.Family, Optional: false),
        new("measure", ParquetType.String, r => r.Measure, Optional: false),
        new("breakdown", ParquetType.String, r => r.Breakdown),
        new("model", ParquetType.String, r => r.Model),
        new("prompt_kind", ParquetType.String, r => r.PromptKind),
        new("language", ParquetType.String, r => r.Language),
        new("country", ParquetType.String, r => r.Country),
        new("controversial", ParquetType.Boolean, r => r.Controversial),
        new("topic", ParquetType.String, r => r.Topic),
        new("topic_name", ParquetType.String, r => r.TopicName),
        new("persona", ParquetType.String, r => r.Persona),
        new("prompt_country", ParquetType.String, r => r.PromptCountry),
        new("value", ParquetType.String, r => r.Value),
        new("log_base", ParquetType.String, r => r.LogBase),
        new("mean", ParquetType.Double, r => r.Mean),
        new("ci_low", ParquetType.Double, r => r.CiLow),
        new("ci_high", ParquetType.Double, r => r.CiHigh),
        new("groups", ParquetType.Int32, r => r.Groups),
        new("members", ParquetType.Int32, r => r.Members),
        new("singletons", ParquetType.Int32, r => r.Singletons),
        new("rank", ParquetType.Int32, r => r.Rank),
        new("rank_of", ParquetType.Int32, r => r.RankOf),
    ];
}
