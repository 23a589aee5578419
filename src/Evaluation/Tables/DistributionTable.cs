using System.Globalization;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tables;

/// <summary>
/// Reads evaluate's <c>distributions</c> table (or any long table with its column names) into one
/// <see cref="AnswerDistribution"/> per model, prompt kind, language, item, persona, prompt country and steering. Two
/// runs that answered the same of these are refused: their rows would be averaged into one answer unnoticed.
/// </summary>
public static class DistributionTable
{
    public const string What = "evaluate's distributions table (distributions.parquet, .csv or .jsonl)";

    public static IReadOnlyList<string> KeyColumns { get; } = ["model", "prompt_kind", "language", "item_id", "option_index", "probability"];

    /// <summary>What the consistency measures group and compare by.</summary>
    public static IReadOnlyList<string> ConsistencyColumns { get; } = ["topic_id", "original_id", "is_paraphrase", "stance"];

    /// <summary>What PVQ steerability needs: the steering, the portrait's value and the options' stances.</summary>
    public static IReadOnlyList<string> SteerabilityColumns { get; } = ["steer_value", "topic_name_en", "stance"];

    /// <summary>The columns read when present, besides the required ones.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } =
    [
        "run", "persona", "prompt_country", "steer_value", "topic_id", "topic_name", "topic_name_en", "original_id", "is_paraphrase",
        "original_text_en", "form_index", "country", "controversial", "option_code", "stance",
    ];

    /// <exception cref="FileNotFoundException">No such table or items file.</exception>
    /// <exception cref="InvalidDataException">A damaged table, a missing column, a bad cell, the same answer from two runs, or a --run that matches no row.</exception>
    public static async Task<IReadOnlyList<AnswerDistribution>> ReadAsync(string path, DistributionTableOptions options, CancellationToken cancellationToken)
    {
        var forms = options.ItemsPath is { } items ? await FormAlignment.ReadAsync(items, cancellationToken).ConfigureAwait(false) : null;
        var runs = options.Runs.ToHashSet(StringComparer.Ordinal);
        var runsSeen = new SortedSet<string>(StringComparer.Ordinal);
        var answers = new Dictionary<AnswerKey, AnswerRows>();
        var required = KeyColumns.Concat(options.Required).Distinct(StringComparer.Ordinal).ToList();
        await foreach (var rows in LongTable.ReadAsync(path, required, What, cancellationToken).ConfigureAwait(false))
        {
            if (runs.Count > 0 && !rows.Has("run"))
            {
                throw new InvalidDataException($"{path}: --run {string.Join(", ", runs)} given, but the table has no column 'run'");
            }

            for (var row = 0; row < rows.Count; row++)
            {
                var run = rows.Text("run", row);
                if (run is not null)
                {
                    runsSeen.Add(run);
                }

                if (runs.Count > 0 && (run is null || !runs.Contains(run)))
                {
                    continue;
                }

                Add(rows, row, run, answers);
            }
        }

        if (runs.Except(runsSeen).ToList() is { Count: > 0 } unknown)
        {
            throw new InvalidDataException(
                $"{path}: no row of run {string.Join(", ", unknown.Select(r => $"'{r}'"))}; the table's runs are {(runsSeen.Count == 0 ? "none" : string.Join(", ", runsSeen))}");
        }

        return [.. answers.Values.Select(a => Complete(a, forms))];
    }

    private static void Add(TableRows rows, int row, string? run, Dictionary<AnswerKey, AnswerRows> answers)
    {
        var key = new AnswerKey(
            rows.RequiredText("model", row), rows.RequiredText("prompt_kind", row), rows.RequiredText("language", row), rows.RequiredText("item_id", row),
            rows.Text("persona", row), rows.Text("prompt_country", row), rows.Text("steer_value", row));
        var index = rows.Integer("option_index", row) ?? throw new InvalidDataException($"{rows.Path}: {rows.Where(row)}: column 'option_index' is empty; expected the option's index");
        var probability = rows.Number("probability", row) ?? throw new InvalidDataException($"{rows.Path}: {rows.Where(row)}: column 'probability' is empty; expected a number");
        if (probability < 0)
        {
            throw new InvalidDataException($"{rows.Path}: {rows.Where(row)}: column 'probability' holds {probability.ToString(CultureInfo.InvariantCulture)}; expected a probability ≥ 0");
        }

        if (!answers.TryGetValue(key, out var answer))
        {
            answer = new AnswerRows(First(rows, row, key, run), rows.Where(row));
            answers[key] = answer;
        }
        else if (!string.Equals(answer.First.Run, run, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"{rows.Path}: {rows.Where(row)}: item '{key.ItemId}' of model '{key.Model}' ({key.PromptKind}, {key.Language}{Condition(key)}) was answered by run '{answer.First.Run}' ({answer.Where}) and by run '{run}'; " +
                $"their answers cannot both count: keep one with --run {answer.First.Run} or --run {run}");
        }

        if (!answer.Options.TryAdd(index, new OptionProbability(index, rows.Text("option_code", row), rows.Text("stance", row), probability)))
        {
            throw new InvalidDataException(
                $"{rows.Path}: {rows.Where(row)}: option_index {index} of item '{key.ItemId}' of model '{key.Model}' ({key.PromptKind}, {key.Language}{Condition(key)}) appears twice (first at {answer.Where}); expected one row per option");
        }
    }

    private static string Condition(AnswerKey key) =>
        string.Concat(
            key.Persona is { } persona ? $", persona {persona}" : "",
            key.PromptCountry is { } country ? $", prompt country {country}" : "",
            key.SteerValue is { } steer ? $", steered by {steer}" : "");

    private static AnswerDistribution First(TableRows rows, int row, AnswerKey key, string? run) => new()
    {
        Model = key.Model,
        PromptKind = key.PromptKind,
        Language = key.Language,
        ItemId = key.ItemId,
        Run = run,
        Persona = key.Persona,
        PromptCountry = key.PromptCountry,
        SteerValue = key.SteerValue,
        TopicId = rows.Text("topic_id", row),
        TopicName = rows.Text("topic_name", row),
        TopicNameEn = rows.Text("topic_name_en", row),
        OriginalId = rows.Text("original_id", row),
        IsParaphrase = rows.Flag("is_paraphrase", row) ?? false,
        OriginalTextEn = rows.Text("original_text_en", row),
        FormIndex = rows.Integer("form_index", row),
        Country = rows.Text("country", row),
        Controversial = rows.Flag("controversial", row),
        Options = [],
    };

    private static AnswerDistribution Complete(AnswerRows answer, IReadOnlyDictionary<string, ItemForm>? forms)
    {
        var first = answer.First with { Options = [.. answer.Options.Values.OrderBy(o => o.Index)] };
        if (forms is null || !forms.TryGetValue(first.ItemId, out var form))
        {
            return first;
        }

        return first with
        {
            OriginalTextEn = first.OriginalTextEn ?? form.OriginalTextEn,
            FormIndex = first.FormIndex ?? form.FormIndex,
            TopicName = first.TopicName ?? form.TopicName,
        };
    }
}
