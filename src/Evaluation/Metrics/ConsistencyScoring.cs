namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// One measure's score from its groups: each group's D-D distances (groups in parallel, each into its own slot), then
/// the pooled mean and BCa interval overall and per breakdown cell, each cell on its own seeded stream.
/// </summary>
internal static class ConsistencyScoring
{
    public static ConsistencyMeasure Score(string measure, List<int[]> groups, IReadOnlyList<AnswerDistribution> answers, ConsistencyOptions options)
    {
        var distances = new double[groups.Count][];
        Parallel.For(0, groups.Count, g =>
        {
            var members = groups[g];
            if (members.Length < 2)
            {
                return;
            }

            var vectors = StanceVectors.Of(answers, members, out var k);
            distances[g] = GroupInconsistency.Distances(vectors, k, options.LogBase, Name(measure, answers[members[0]]));
        });

        var cells = new Dictionary<string, ConsistencyCell>(StringComparer.Ordinal);
        var overall = new ConsistencyCell([]);
        for (var g = 0; g < groups.Count; g++)
        {
            var keys = BreakdownKeys.Of(answers, groups[g], options.By);
            var joined = string.Join('\u001f', keys);
            if (!cells.TryGetValue(joined, out var cell))
            {
                cell = new ConsistencyCell(keys);
                cells[joined] = cell;
            }

            cell.Add(distances[g]);
            overall.Add(distances[g]);
        }

        var sorted = new List<ConsistencyCell>(cells.Values);
        sorted.Sort(static (a, b) => CompareKeys(a.Keys, b.Keys));
        var breakdown = new List<MeasureScore>(sorted.Count);
        foreach (var cell in sorted)
        {
            if (cell.ToScore(measure, options) is { } score)
            {
                breakdown.Add(score);
            }
        }

        return new ConsistencyMeasure { Name = measure, Overall = overall.ToScore(measure, options), Breakdown = breakdown };
    }

    private static string Name(string measure, AnswerDistribution first) =>
        $"{measure} ({first.Model}, {first.PromptKind}, {first.Language}, topic {first.TopicId}, item {first.ItemId})";

    // Cells in key order, ordinal, dimension by dimension.
    private static int CompareKeys(string[] a, string[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }
}
