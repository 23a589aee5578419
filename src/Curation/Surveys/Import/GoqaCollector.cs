using ValueAtlas.Formats;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>Gathers GlobalOpinionQA rows of either layout into questions (one per id) and per-country shares.</summary>
internal sealed class GoqaCollector(string file)
{
    private readonly Dictionary<string, ImportedQuestion> _byId = new(StringComparer.Ordinal);
    private readonly List<ImportedQuestion> _questions = [];
    private readonly List<ImportedAnswers> _answers = [];

    public long Rows { get; set; }

    /// <summary>Adds the question (once per id) and returns its id and option count.</summary>
    public (string Id, int Options) Question(string text, IReadOnlyList<object?> options, string wave, long offset, string where)
    {
        if (text.Length == 0)
        {
            throw new FileFormatException(file, offset, $"{where}: a question text, found an empty one");
        }

        var texts = new List<string>(options.Count);
        foreach (var option in options)
        {
            if (option is not (string or double))
            {
                throw new FileFormatException(file, offset, $"{where}: options that are texts or numbers, found {Describe(option)}");
            }

            texts.Add(GoqaQuestionId.OptionText(option));
        }

        var id = GoqaQuestionId.For(text, texts);
        if (_byId.TryGetValue(id, out var known))
        {
            if (known.TextEn != text || !known.Options.Select(o => o.TextEn).SequenceEqual(texts))
            {
                throw new FileFormatException(file, offset, $"{where}: a question whose id {id} is not another question's (a hash collision: report it)");
            }

            return (id, texts.Count);
        }

        var question = new ImportedQuestion(id, id[(GoqaQuestionId.Source.Length + 1)..], wave, text, [.. texts.Select(t => new ImportedOption(t, t))]);
        _byId.Add(id, question);
        _questions.Add(question);
        return (id, texts.Count);
    }

    public void Answers(string id, int optionCount, string country, string wave, IReadOnlyList<object?> shares, long offset, string where)
    {
        if (shares.Count != optionCount)
        {
            throw new FileFormatException(file, offset, $"{where}, {country}: one share per option ({optionCount}), found {shares.Count}");
        }

        var cells = new List<ImportedCell>(shares.Count);
        for (var i = 0; i < shares.Count; i++)
        {
            if (shares[i] is not double share || !double.IsFinite(share) || share < 0 || share > 1)
            {
                throw new FileFormatException(file, offset, $"{where}, {country}, option {i + 1}: a share between 0 and 1, found {Describe(shares[i])}");
            }

            cells.Add(new ImportedCell(i, null, share));
        }

        _answers.Add(new ImportedAnswers(id, country, wave, cells, where));
    }

    public ImportedSet ToSet() => new(GoqaQuestionId.Source, file, Rows, _questions, _answers);

    private static string Describe(object? value) => value switch
    {
        null => "None",
        string text => $"the text \"{text}\"",
        double number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        List<object?> => "a list",
        PythonDict => "a dict",
        _ => value.GetType().Name,
    };
}
