using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Curation.Surveys.Tables;

/// <summary>The harmonized tables' names and columns, as the evaluation stage and the release read them.</summary>
public static class SurveyTables
{
    public const string Questions = "questions";
    public const string Options = "options";
    public const string Distributions = "distributions";
    public const string Respondents = "respondents";

    public static IReadOnlyList<TableColumn<QuestionRow>> QuestionColumns { get; } =
    [
        new("question_id", ParquetType.String, r => r.QuestionId, Optional: false),
        new("source", ParquetType.String, r => r.Source, Optional: false),
        new("wave", ParquetType.String, r => r.Wave, Optional: false),
        new("variable", ParquetType.String, r => r.Variable, Optional: false),
        new("text_en", ParquetType.String, r => r.TextEn, Optional: false),
        new("text_ko", ParquetType.String, r => r.TextKo),
        new("text_ko_origin", ParquetType.String, r => r.TextKoOrigin),
        new("ordinal", ParquetType.Boolean, r => r.Ordinal, Optional: false),
    ];

    public static IReadOnlyList<TableColumn<OptionRow>> OptionColumns { get; } =
    [
        new("question_id", ParquetType.String, r => r.QuestionId, Optional: false),
        new("option_index", ParquetType.Int32, r => r.OptionIndex, Optional: false),
        new("option_code", ParquetType.String, r => r.OptionCode, Optional: false),
        new("text_en", ParquetType.String, r => r.TextEn, Optional: false),
        new("text_ko", ParquetType.String, r => r.TextKo),
        new("position", ParquetType.Double, r => r.Position),
    ];

    public static IReadOnlyList<TableColumn<DistributionRow>> DistributionColumns { get; } =
    [
        new("source", ParquetType.String, r => r.Source, Optional: false),
        new("wave", ParquetType.String, r => r.Wave, Optional: false),
        new("country", ParquetType.String, r => r.Country, Optional: false),
        new("sample", ParquetType.String, r => r.Sample),
        new("question_id", ParquetType.String, r => r.QuestionId, Optional: false),
        new("option_index", ParquetType.Int32, r => r.OptionIndex),
        new("option_code", ParquetType.String, r => r.OptionCode),
        new("option_text", ParquetType.String, r => r.OptionText),
        new("is_missing", ParquetType.Boolean, r => r.IsMissing, Optional: false),
        new("missing_meaning", ParquetType.String, r => r.MissingMeaning),
        new("n", ParquetType.Int64, r => r.N),
        new("weighted_n", ParquetType.Double, r => r.WeightedN),
        new("share", ParquetType.Double, r => r.Share, Optional: false),
        new("weighted_share", ParquetType.Double, r => r.WeightedShare),
        new("valid_n", ParquetType.Int64, r => r.ValidN),
        new("total_n", ParquetType.Int64, r => r.TotalN),
        new("effective_n", ParquetType.Double, r => r.EffectiveN),
        new("share_sum_off", ParquetType.Boolean, r => r.ShareSumOff, Optional: false),
    ];

    public static IReadOnlyList<TableColumn<RespondentRow>> RespondentColumns { get; } =
    [
        new("source", ParquetType.String, r => r.Source, Optional: false),
        new("wave", ParquetType.String, r => r.Wave, Optional: false),
        new("country", ParquetType.String, r => r.Country, Optional: false),
        new("respondent_id", ParquetType.String, r => r.RespondentId, Optional: false),
        new("question_id", ParquetType.String, r => r.QuestionId, Optional: false),
        new("option_index", ParquetType.Int32, r => r.OptionIndex),
        new("missing_code", ParquetType.String, r => r.MissingCode),
        new("weight", ParquetType.Double, r => r.Weight, Optional: false),
    ];
}
