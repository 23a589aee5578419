namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// Which answers form a group for each measure (DESIGN.md "Evaluation"). Groups never mix conditions (model,
/// persona, prompt country); members are answer indices, groups in order of their first member.
/// </summary>
internal static class ConsistencyGroups
{
    public static List<int[]> Of(string measure, IReadOnlyList<AnswerDistribution> answers) => measure switch
    {
        Consistency.ParaphraseMeasure => By(answers, a => Key(a, a.PromptKind, a.Language, a.TopicId, a.OriginalId ?? a.ItemId)),
        Consistency.TopicMeasure => By(answers, a => Key(a, a.PromptKind, a.Language, a.TopicId)),
        Consistency.UseCaseMeasure => By(answers, a => Key(a, a.Language, a.ItemId)),
        Consistency.MultilingualMeasure => By(answers, a => a.TopicNameEn is null || a.OriginalTextEn is null || a.FormIndex is null
            ? null
            : Key(a, a.PromptKind, a.TopicNameEn, a.OriginalTextEn, a.FormIndex.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        _ => throw new ArgumentException($"unknown consistency measure '{measure}'"),
    };

    /// <param name="answers">The used answers.</param>
    /// <param name="key">Null leaves the answer out of the measure.</param>
    private static List<int[]> By(IReadOnlyList<AnswerDistribution> answers, Func<AnswerDistribution, string?> key)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<List<int>>();
        for (var i = 0; i < answers.Count; i++)
        {
            if (key(answers[i]) is not { } k)
            {
                continue;
            }

            if (!index.TryGetValue(k, out var g))
            {
                g = groups.Count;
                index[k] = g;
                groups.Add([]);
            }

            groups[g].Add(i);
        }

        var result = new List<int[]>(groups.Count);
        foreach (var group in groups)
        {
            result.Add([.. group]);
        }

        return result;
    }

    // Unit separator between parts, and a marker no text holds for null, so ("a", null) ≠ ("a", "").
    private static string Key(AnswerDistribution a, params ReadOnlySpan<string?> parts)
    {
        var builder = new System.Text.StringBuilder();
        Append(builder, a.Model);
        Append(builder, a.Persona);
        Append(builder, a.PromptCountry);
        foreach (var part in parts)
        {
            Append(builder, part);
        }

        return builder.ToString();
    }

    private static void Append(System.Text.StringBuilder builder, string? part) =>
        builder.Append(part ?? "\u0000").Append('\u001f');
}
