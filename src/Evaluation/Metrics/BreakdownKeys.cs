namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// A group's value in each breakdown dimension: its members' common value, or their distinct values in ordinal order
/// joined by "+" (multilingual "en+zh", use-case "mc+open"); null is "".
/// </summary>
internal static class BreakdownKeys
{
    public static string[] Of(IReadOnlyList<AnswerDistribution> answers, int[] members, IReadOnlyList<string> by)
    {
        var keys = new string[by.Count];
        var values = new List<string>(2);
        for (var d = 0; d < by.Count; d++)
        {
            values.Clear();
            foreach (var member in members)
            {
                var value = Value(answers[member], by[d]);
                if (!values.Contains(value))
                {
                    values.Add(value);
                }
            }

            values.Sort(StringComparer.Ordinal);
            keys[d] = values.Count == 1 ? values[0] : string.Join('+', values);
        }

        return keys;
    }

    public static string Value(AnswerDistribution answer, string dimension) => dimension switch
    {
        Dimensions.Model => answer.Model,
        Dimensions.PromptKind => answer.PromptKind,
        Dimensions.Language => answer.Language,
        Dimensions.Country => answer.Country,
        Dimensions.Controversial => answer.Controversial is { } c ? (c ? "true" : "false") : null,
        Dimensions.Topic => answer.TopicNameEn ?? answer.TopicId,
        Dimensions.Persona => answer.Persona,
        Dimensions.PromptCountry => answer.PromptCountry,
        _ => throw new ArgumentException($"unknown breakdown dimension '{dimension}' (expected one of {string.Join(", ", Dimensions.All)})"),
    } ?? "";
}
