namespace ValueAtlas.Evaluation.Tables;

/// <summary>The ordinal positions of harmonize's <c>options</c> table, by question and option index.</summary>
internal static class OptionPositions
{
    public const string What = "harmonize's options table (options.parquet: question_id, option_index, position)";

    public static async Task<IReadOnlyDictionary<(string Question, int Index), double>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var positions = new Dictionary<(string, int), double>();
        await foreach (var rows in LongTable.ReadAsync(path, ["question_id", "option_index", "position"], What, cancellationToken).ConfigureAwait(false))
        {
            for (var row = 0; row < rows.Count; row++)
            {
                var question = rows.RequiredText("question_id", row);
                var index = rows.Integer("option_index", row)
                    ?? throw new InvalidDataException($"{path}: {rows.Where(row)}: column 'option_index' is empty; expected the option's index");

                // A nominal question's options have no position; they stay without one.
                if (rows.Number("position", row) is { } position)
                {
                    positions[(question, index)] = position;
                }
            }
        }

        return positions;
    }
}
