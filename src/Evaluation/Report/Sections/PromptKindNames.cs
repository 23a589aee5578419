using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report.Document;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>GlobalOpinionQA's prompt kinds and the other parts of a condition, named for readers.</summary>
public static class PromptKindNames
{
    public const string Dp = "goqa-dp";
    public const string Cp = "goqa-cp";
    public const string Lp = "goqa-lp";

    public static BiText Of(string kind) => kind switch
    {
        Dp => new BiText("DP 기본", "DP default"),
        Cp => new BiText("CP 국가 지정", "CP cross-national"),
        Lp => new BiText("LP 언어", "LP linguistic"),
        _ => BiText.Same(kind),
    };

    /// <summary>The condition without its model: "CP 국가 지정 · ko · KR" and so on.</summary>
    public static BiText Condition(AnswerCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var kind = Of(condition.PromptKind);
        var tail = new List<string>();
        if (!string.IsNullOrEmpty(condition.Language))
        {
            tail.Add(condition.Language);
        }

        if (!string.IsNullOrEmpty(condition.PromptCountry))
        {
            tail.Add($"prompt_country {condition.PromptCountry}");
        }

        if (!string.IsNullOrEmpty(condition.Persona))
        {
            tail.Add($"persona {condition.Persona}");
        }

        var suffix = tail.Count == 0 ? "" : " · " + string.Join(" · ", tail);
        return new BiText(kind.Ko + suffix, kind.En + suffix);
    }
}
