using System.Globalization;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tables;

/// <summary>
/// Reads one side of a similarity into <see cref="SurveyDistribution"/>s: a model's answers (evaluate's distributions
/// of goqa-dp/cp/lp runs, or any long table of question, option and probability) or the countries' respondents
/// (harmonize's <c>distributions</c>, or any long table of question, country, option and share or count).
/// </summary>
/// <remarks>
/// Columns: the question (<c>question_id</c>, else <c>item_id</c>); the option (<c>option_index</c> and/or
/// <c>option_code</c>); its weight, the first set of <c>probability</c>, <c>weighted_share</c>, <c>share</c> (row by row:
/// harmonize leaves weighted_share empty for an unweighted survey) or, with none of these columns, a count (<c>n</c>,
/// <c>count</c>); shares and counts are normalised by the measure. Rows with <c>is_missing</c> true are dropped. A
/// human row's country is <c>country</c>, with harmonize's <c>sample</c> ("Non-national sample") appended, as
/// GlobalOpinionQA keeps a second sample apart. A model row's condition is (model, prompt_kind, language,
/// prompt_country, persona) when the table has a <c>model</c> column; its mc, open and pvq rows are not survey answers
/// and are left out.
/// </remarks>
public static class SurveyTable
{
    public const string ModelWhat = "the model's distributions (evaluate's distributions table of goqa runs, or a long table of question_id, option_index or option_code, probability)";
    public const string HumanWhat = "the countries' distributions (harmonize's distributions table, or a long table of question_id, country, option_index or option_code, share or count)";

    internal static readonly string[] ShareColumns = ["probability", "weighted_share", "share"];
    internal static readonly string[] CountColumns = ["n", "count"];

    /// <exception cref="FileNotFoundException">No such table or options file.</exception>
    /// <exception cref="InvalidDataException">A damaged table, a missing column, a bad cell, an option twice.</exception>
    public static async Task<IReadOnlyList<SurveyDistribution>> ReadAsync(string path, SurveySide side, SurveyTableOptions options, CancellationToken cancellationToken)
    {
        var positions = options.OptionsPath is { } optionsPath
            ? await OptionPositions.ReadAsync(optionsPath, cancellationToken).ConfigureAwait(false)
            : null;
        var runs = options.Runs.ToHashSet(StringComparer.Ordinal);
        var groups = new Dictionary<(string? Country, AnswerCondition? Condition, string Question), SurveyGroup>();
        var what = side == SurveySide.Model ? ModelWhat : HumanWhat;
        await foreach (var rows in LongTable.ReadAsync(path, [], what, cancellationToken).ConfigureAwait(false))
        {
            var columns = SurveyColumns.Of(rows, side, runs.Count > 0);
            for (var row = 0; row < rows.Count; row++)
            {
                if (rows.Flag("is_missing", row) == true
                    || (columns.Kind is { } kind && rows.Text(kind, row) is { } promptKind && PromptKinds.All.Contains(promptKind) && !PromptKinds.IsSurvey(promptKind))
                    || (runs.Count > 0 && (rows.Text("run", row) is not { } run || !runs.Contains(run))))
                {
                    continue;
                }

                Add(rows, row, columns, groups);
            }
        }

        return [.. groups.Select(g => new SurveyDistribution
        {
            QuestionId = g.Key.Question,
            Country = g.Key.Country,
            Condition = g.Key.Condition,
            Options = positions is null
                ? g.Value.Options
                : [.. g.Value.Options.Select(o => o.Position is null && o.Index is { } i && positions.TryGetValue((g.Key.Question, i), out var p) ? o with { Position = p } : o)],
        })];
    }

    private static void Add(TableRows rows, int row, SurveyColumns columns, Dictionary<(string?, AnswerCondition?, string), SurveyGroup> groups)
    {
        var question = rows.RequiredText(columns.Question, row);
        var index = rows.Integer("option_index", row);
        var code = rows.Text("option_code", row);
        if (index is null && code is null)
        {
            throw new InvalidDataException($"{rows.Path}: {rows.Where(row)}: no option_index and no option_code; expected one of them to name the option");
        }

        var share = Share(rows, row, columns);
        var country = columns.Country is null ? null : Country(rows, row);
        var condition = columns.Model ? Condition(rows, row) : null;
        var run = rows.Text("run", row);
        if (!groups.TryGetValue((country, condition, question), out var group))
        {
            group = new SurveyGroup(run, rows.Where(row));
            groups[(country, condition, question)] = group;
        }

        var whose = condition is not null ? $" for {condition.Label}" : country is not null ? $" for {country}" : "";
        if (!string.Equals(group.Run, run, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"{rows.Path}: {rows.Where(row)}: question '{question}'{whose} was answered by run '{group.Run}' ({group.Where}) and by run '{run}'; keep one with --run {group.Run} or --run {run}");
        }

        if (!group.Seen.Add(index is { } i ? i.ToString(CultureInfo.InvariantCulture) : "code:" + code))
        {
            throw new InvalidDataException(
                $"{rows.Path}: {rows.Where(row)}: option {(index is { } j ? $"index {j}" : $"code '{code}'")} of question '{question}'{whose} appears twice (first at {group.Where}); expected one row per option");
        }

        group.Options.Add(new OptionShare(index, code, share, rows.Number("position", row)));
    }

    private static double Share(TableRows rows, int row, SurveyColumns columns)
    {
        foreach (var column in columns.Weights)
        {
            if (rows.Number(column, row) is { } value)
            {
                return value >= 0
                    ? value
                    : throw new InvalidDataException($"{rows.Path}: {rows.Where(row)}: column '{column}' holds {value.ToString(CultureInfo.InvariantCulture)}; expected a share or count ≥ 0");
            }
        }

        throw new InvalidDataException($"{rows.Path}: {rows.Where(row)}: {string.Join(" and ", columns.Weights.Select(c => $"'{c}'"))} empty; expected the option's share");
    }

    private static string Country(TableRows rows, int row)
    {
        var country = rows.RequiredText("country", row);
        return rows.Text("sample", row) is { } sample ? $"{country} ({sample})" : country;
    }

    private static AnswerCondition Condition(TableRows rows, int row) => new(
        rows.RequiredText("model", row), rows.Text("prompt_kind", row) ?? "", rows.Text("language", row), rows.Text("prompt_country", row), rows.Text("persona", row));
}
