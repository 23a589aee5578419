using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Evaluation.Run;

/// <summary>The evaluation's tables: names and columns, in the order they are written. The README documents them.</summary>
public static class EvaluationTables
{
    public const string Answers = "answers";
    public const string AnswerOptions = "answer_options";
    public const string Distributions = "distributions";
    public const string Skipped = "skipped";

    public static IReadOnlyList<string> Names { get; } = [Answers, AnswerOptions, Distributions, Skipped];

    public static IReadOnlyList<TableColumn<SkippedRow>> SkippedColumns { get; } =
    [
        new("run", ParquetType.String, r => r.Run, Optional: false),
        new("item_id", ParquetType.String, r => r.ItemId, Optional: false),
        new("language", ParquetType.String, r => r.Language, Optional: false),
        new("reason", ParquetType.String, r => r.Reason, Optional: false),
    ];

    public static IReadOnlyList<TableColumn<AnswerRow>> AnswerColumns { get; } =
    [
        new("query_id", ParquetType.String, r => r.QueryId, Optional: false),
        new("model", ParquetType.String, r => r.Model, Optional: false),
        new("run", ParquetType.String, r => r.Run, Optional: false),
        new("prompt_kind", ParquetType.String, r => r.PromptKind, Optional: false),
        new("language", ParquetType.String, r => r.Language, Optional: false),
        new("item_id", ParquetType.String, r => r.ItemId, Optional: false),
        new("persona", ParquetType.String, r => r.Persona),
        new("prompt_country", ParquetType.String, r => r.PromptCountry),
        new("steer_value", ParquetType.String, r => r.SteerValue),
        new("ordering", ParquetType.String, r => r.Ordering, Optional: false),
        new("prompt_template_id", ParquetType.String, r => r.PromptTemplateId, Optional: false),
        new("prompt_sha256", ParquetType.String, r => r.PromptSha256, Optional: false),
        new("prompt_fallback", ParquetType.Boolean, r => r.PromptFallback, Optional: false),
        new("method", ParquetType.String, r => r.Method, Optional: false),
        new("judge_model", ParquetType.String, r => r.JudgeModel),
        new("answer_of", ParquetType.String, r => r.AnswerOf),
        new("response_text", ParquetType.String, r => r.ResponseText, Optional: false),
        new("text_letter", ParquetType.String, r => r.TextLetter),
        new("logprobs_missing", ParquetType.Boolean, r => r.LogprobsMissing, Optional: false),
        new("uncovered_mass", ParquetType.Double, r => r.UncoveredMass),
        new("no_option_mass", ParquetType.Boolean, r => r.NoOptionMass),
        new("letter_position", ParquetType.Int32, r => r.LetterPosition),
        new("samples", ParquetType.Int32, r => r.Samples),
        new("input_tokens", ParquetType.Int64, r => r.InputTokens, Optional: false),
        new("output_tokens", ParquetType.Int64, r => r.OutputTokens, Optional: false),
        new("cost", ParquetType.Double, r => (double)r.Cost, Optional: false),
        new("latency_ms", ParquetType.Double, r => r.LatencyMs, Optional: false),
        new("cached", ParquetType.Boolean, r => r.Cached, Optional: false),
        new("calls", ParquetType.Int32, r => r.Calls, Optional: false),
        new("cache_hits", ParquetType.Int32, r => r.CacheHits, Optional: false),
        new("error", ParquetType.String, r => r.Error),
    ];

    public static IReadOnlyList<TableColumn<AnswerOptionRow>> AnswerOptionColumns { get; } =
    [
        new("query_id", ParquetType.String, r => r.QueryId, Optional: false),
        new("option_index", ParquetType.Int32, r => r.OptionIndex, Optional: false),
        new("letter", ParquetType.String, r => r.Letter, Optional: false),
        new("probability", ParquetType.Double, r => r.Probability, Optional: false),
    ];

    public static IReadOnlyList<TableColumn<DistributionRow>> DistributionColumns { get; } =
    [
        new("model", ParquetType.String, r => r.Model, Optional: false),
        new("run", ParquetType.String, r => r.Run, Optional: false),
        new("prompt_kind", ParquetType.String, r => r.PromptKind, Optional: false),
        new("language", ParquetType.String, r => r.Language, Optional: false),
        new("item_id", ParquetType.String, r => r.ItemId, Optional: false),
        new("persona", ParquetType.String, r => r.Persona),
        new("prompt_country", ParquetType.String, r => r.PromptCountry),
        new("steer_value", ParquetType.String, r => r.SteerValue),
        new("topic_id", ParquetType.String, r => r.TopicId),
        new("topic_name", ParquetType.String, r => r.TopicName),
        new("topic_name_en", ParquetType.String, r => r.TopicNameEn),
        new("original_id", ParquetType.String, r => r.OriginalId),
        new("is_paraphrase", ParquetType.Boolean, r => r.IsParaphrase),
        new("original_text_en", ParquetType.String, r => r.OriginalTextEn),
        new("form_index", ParquetType.Int32, r => r.FormIndex),
        new("country", ParquetType.String, r => r.Country),
        new("controversial", ParquetType.Boolean, r => r.Controversial),
        new("source", ParquetType.String, r => r.Source),
        new("wave", ParquetType.String, r => r.Wave),
        new("option_index", ParquetType.Int32, r => r.OptionIndex, Optional: false),
        new("option_text", ParquetType.String, r => r.OptionText, Optional: false),
        new("option_code", ParquetType.String, r => r.OptionCode),
        new("stance", ParquetType.String, r => r.Stance),
        new("probability", ParquetType.Double, r => r.Probability, Optional: false),
        new("n_queries", ParquetType.Int32, r => r.NQueries, Optional: false),
        new("n_failed", ParquetType.Int32, r => r.NFailed, Optional: false),
        new("mean_uncovered_mass", ParquetType.Double, r => r.MeanUncoveredMass, Optional: false),
        new("n_no_option_mass", ParquetType.Int32, r => r.NNoOptionMass, Optional: false),
        new("method", ParquetType.String, r => r.Method, Optional: false),
        new("judge_model", ParquetType.String, r => r.JudgeModel),
        new("prompt_template_id", ParquetType.String, r => r.PromptTemplateId, Optional: false),
    ];
}
