using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tables;

/// <summary>The options of one question for one country or model condition, collected so far.</summary>
internal sealed class SurveyGroup(string? run, string where)
{
    public string? Run { get; } = run;

    public string Where { get; } = where;

    public List<OptionShare> Options { get; } = [];

    /// <summary>Each option once: by index when the table has one, else by code.</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
}
