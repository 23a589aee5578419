using ValueAtlas.Evaluation.Report.Document;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>Column headings the tables share.</summary>
public static class ReportColumns
{
    public static BiText Rank { get; } = new("순위", "Rank");

    public static BiText Model { get; } = new("모델", "Model");

    public static BiText Kind { get; } = new("유형", "Kind");

    public static BiText Country { get; } = new("국가", "Country");

    public static BiText Mean { get; } = new("평균", "Mean");

    public static BiText Ci { get; } = new("95% 신뢰구간", "95% CI");

    public static BiText Groups { get; } = new("그룹", "Groups");

    public static BiText Members { get; } = new("응답 수", "Members");

    public static BiText Questions { get; } = new("문항", "Questions");

    public static BiText Similarity { get; } = new("한국과의 유사도", "Similarity to Korea");

    public static BiText KoreaRank { get; } = new("한국 순위", "Korea's rank");

    public static BiText Condition { get; } = new("프롬프트 조건", "Prompt condition");
}
