using ValueAtlas.Evaluation.Answers;
using System.Text.RegularExpressions;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Tables;

namespace ValueAtlas.Evaluation.Inputs;

/// <summary>
/// The probes of a <c>goqa-dp</c>, <c>goqa-cp</c> or <c>goqa-lp</c> run: the harmonized <c>questions</c> and
/// <c>options</c> tables of a folder, options lettered in source order (<c>option_index</c>) as the study did. A
/// question is asked in a language only with its own wording there (<c>text_en</c>, <c>text_ko</c>, …), never
/// machine-translated.
/// </summary>
public static partial class SurveyProbes
{
    public const string QuestionsFile = "questions.parquet";
    public const string OptionsFile = "options.parquet";
    public const string FewerThanTwoOptions = "fewer than two options";
    public const string DuplicateId = "duplicate id";
    public const string MoreOptionsThanLetters = "more options than letters (26)";

    private static readonly string[] QuestionColumns = ["question_id", "source", "wave"];
    private static readonly string[] OptionColumns = ["question_id", "option_index", "option_code"];
    private const string What = "the harmonized table written by valueatlas harmonize";

    /// <summary>
    /// goqa-dp and goqa-cp are asked in <see cref="EvaluationRun.Languages"/> (English when empty), goqa-lp in each of
    /// its languages; goqa-cp once per question and country of <see cref="EvaluationRun.Countries"/>. A question with
    /// no wording in a language (or an option without one) is skipped there as "no {language} wording"; one with fewer
    /// than two options as "fewer than two options". Order: language, then question in table order, then country.
    /// </summary>
    /// <exception cref="FileNotFoundException">The folder lacks questions.parquet or options.parquet.</exception>
    /// <exception cref="InvalidDataException">A table is not readable Parquet or lacks a column.</exception>
    /// <exception cref="ArgumentException">The kind is no survey kind, goqa-cp names no country or goqa-lp no language.</exception>
    public static async Task<ProbeSet> ReadAsync(string folder, EvaluationRun run, CancellationToken cancellationToken)
    {
        if (!PromptKinds.IsSurvey(run.Kind))
        {
            throw new ArgumentException($"run {run.Name ?? run.Kind}: kind '{run.Kind}' does not read the harmonized survey tables", nameof(run));
        }

        var selection = RunSelection.Of(run);
        if (run.Kind == PromptKinds.GoqaCrossNational && selection.Countries.Count == 0)
        {
            throw new ArgumentException($"run {run.Name ?? run.Kind}: goqa-cp needs countries, the ones its prompt names", nameof(run));
        }

        if (run.Kind == PromptKinds.GoqaLinguistic && selection.Languages.Count == 0)
        {
            throw new ArgumentException($"run {run.Name ?? run.Kind}: goqa-lp needs languages, the ones its wording is asked in", nameof(run));
        }

        var skipped = new List<ProbeSkip>();
        var questions = await ReadQuestionsAsync(Path.Combine(folder, QuestionsFile), skipped, cancellationToken).ConfigureAwait(false);
        await ReadOptionsAsync(Path.Combine(folder, OptionsFile), questions, cancellationToken).ConfigureAwait(false);

        var languages = selection.Languages.Count > 0 ? selection.Languages : ["en"];
        IReadOnlyList<string?> countries = run.Kind == PromptKinds.GoqaCrossNational ? [.. selection.Countries] : [null];
        var probes = new List<Probe>();
        foreach (var language in languages)
        {
            foreach (var question in questions.Values)
            {
                if (selection.IsFull(probes.Count))
                {
                    return new ProbeSet(probes, skipped);
                }

                if (Problem(question, language) is { } problem)
                {
                    skipped.Add(new ProbeSkip(question.Id, language, problem));
                    continue;
                }

                var probe = ToProbe(run.Kind, language, question, selection.Persona);
                foreach (var country in countries)
                {
                    if (selection.IsFull(probes.Count))
                    {
                        break;
                    }

                    probes.Add(probe with { PromptCountry = country });
                }
            }
        }

        return new ProbeSet(probes, skipped);
    }

    private static string? Problem(SurveyQuestion question, string language)
    {
        if (question.Options.Count < 2)
        {
            return FewerThanTwoOptions;
        }

        if (question.Options.Count > OptionLetters.MaxOptions)
        {
            return MoreOptionsThanLetters;
        }

        if (question.Options.Select(o => o.Index).Distinct().Count() != question.Options.Count)
        {
            return "option_index repeated";
        }

        return !question.Wordings.ContainsKey(language) || question.Options.Any(o => !o.Wordings.ContainsKey(language))
            ? $"no {language} wording"
            : null;
    }

    private static Probe ToProbe(string kind, string language, SurveyQuestion question, string? persona) => new()
    {
        Kind = kind,
        Language = language,
        ItemId = question.Id,
        Text = question.Wordings[language],
        Options = [.. question.Options.OrderBy(o => o.Index).Select(o => new ProbeOption(o.Index, o.Wordings[language], Code: o.Code))],
        Source = question.Source,
        Wave = question.Wave,
        Persona = persona,
    };

    // Keyed and iterated in table order (Dictionary keeps insertion order while nothing is removed).
    private static async Task<Dictionary<string, SurveyQuestion>> ReadQuestionsAsync(string path, List<ProbeSkip> skipped, CancellationToken cancellationToken)
    {
        var questions = new Dictionary<string, SurveyQuestion>(StringComparer.Ordinal);
        await foreach (var rows in LongTable.ReadAsync(path, QuestionColumns, What, cancellationToken).ConfigureAwait(false))
        {
            var wordingColumns = WordingColumns(rows);
            for (var row = 0; row < rows.Count; row++)
            {
                var id = rows.RequiredText("question_id", row);
                var question = new SurveyQuestion(id, rows.Text("source", row) ?? "", rows.Text("wave", row) ?? "", Wordings(rows, wordingColumns, row));
                if (!questions.TryAdd(id, question))
                {
                    skipped.Add(new ProbeSkip(id, "", DuplicateId));
                }
            }
        }

        return questions;
    }

    private static async Task ReadOptionsAsync(string path, Dictionary<string, SurveyQuestion> questions, CancellationToken cancellationToken)
    {
        await foreach (var rows in LongTable.ReadAsync(path, OptionColumns, What, cancellationToken).ConfigureAwait(false))
        {
            var wordingColumns = WordingColumns(rows);
            for (var row = 0; row < rows.Count; row++)
            {
                // An option of a question the questions table lacks is asked nowhere; the harmonizer writes none.
                if (rows.Text("question_id", row) is { } id && questions.TryGetValue(id, out var question))
                {
                    var index = rows.Integer("option_index", row) ?? throw new InvalidDataException($"{path}: {rows.Where(row)} ({id}) has no option_index");
                    question.Options.Add(new SurveyOption(index, rows.Text("option_code", row) ?? "", Wordings(rows, wordingColumns, row)));
                }
            }
        }
    }

    private static Dictionary<string, string> Wordings(TableRows rows, IReadOnlyList<(string Language, string Column)> columns, int row)
    {
        var wordings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, column) in columns)
        {
            if (rows.Text(column, row) is { } text)
            {
                wordings[language] = text;
            }
        }

        return wordings;
    }

    /// <summary>The languages with a wording column (<c>text_en</c>, <c>text_ko</c>; not <c>text_ko_origin</c>), by primary tag.</summary>
    private static IReadOnlyList<(string Language, string Column)> WordingColumns(TableRows rows) =>
        [.. rows.ColumnNames.Select(n => WordingColumn().Match(n)).Where(m => m.Success).Select(m => (m.Groups[1].Value, m.Value))];

    [GeneratedRegex("^text_([a-z]{2,3})$")]
    private static partial Regex WordingColumn();
}
