using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Sources;

namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>
/// A question's recode map as tally slots: slot 0 is system-missing, slots 1…k the options in order, later slots
/// each non-option code in the order the data shows them. A code is classified once per file (a file's dictionary
/// may declare missing codes another file does not), and one (kind, code) keeps one slot across files; small
/// integer codes then cost one array read per cell.
/// </summary>
public sealed class QuestionCodes
{
    private const int SmallLow = -128;
    private const int SmallHigh = 1024;

    private readonly Dictionary<string, int> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CrosswalkMissing> _questionMissing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CrosswalkMissing> _sourceMissing;
    private readonly HashSet<string> _drops = new(StringComparer.Ordinal);
    private readonly int[] _small = new int[SmallHigh - SmallLow];
    private readonly Dictionary<double, int> _numbers = [];
    private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);
    private readonly List<CodeSlot> _slots = [];
    private readonly Dictionary<(CodeKind, string), int> _slotOf = [];

    public QuestionCodes(CrosswalkQuestion question, Dictionary<string, CrosswalkMissing> sourceMissing)
    {
        _sourceMissing = sourceMissing;
        OptionCount = question.Options.Count;
        _slots.Add(new CodeSlot(CodeKind.SystemMissing, null, null, MissingMeanings.SystemMissing, null));
        for (var i = 0; i < question.Options.Count; i++)
        {
            var option = question.Options[i];
            var codes = option.Codes.Select(SourceCode.Normalize).ToList();
            foreach (var code in codes)
            {
                _options.TryAdd(code, i + 1);
            }

            _slots.Add(new CodeSlot(CodeKind.Option, i, string.Join('|', codes), null, option.En));
        }

        foreach (var missing in question.Missing ?? [])
        {
            _questionMissing.TryAdd(SourceCode.Normalize(missing.Code), missing);
        }

        foreach (var drop in question.Drop ?? [])
        {
            _drops.Add(SourceCode.Normalize(drop));
        }
    }

    public int OptionCount { get; }

    /// <summary>Forgets how codes were classified, before the rows of another file.</summary>
    public void StartFile()
    {
        Array.Clear(_small);
        _numbers.Clear();
        _texts.Clear();
    }

    public IReadOnlyList<CodeSlot> Slots => _slots;

    /// <summary>The slot of the current row's cell of <paramref name="variable"/>.</summary>
    public int SlotOf(ISurveyFile file, int variable)
    {
        switch (file.Cell(variable, out var number))
        {
            case SurveyCell.Empty:
                return 0;
            case SurveyCell.Number:
                if (number >= SmallLow && number < SmallHigh && number == Math.Floor(number))
                {
                    ref var cached = ref _small[(int)number - SmallLow];
                    if (cached == 0)
                    {
                        cached = NumberSlot(number, file.Variables[variable]) + 1;
                    }

                    return cached - 1;
                }

                return NumberSlot(number, file.Variables[variable]);
            default:
                var text = file.Text(variable);
                if (!_texts.TryGetValue(text, out var slot))
                {
                    slot = Classify(text, null, file.Variables[variable]);
                    _texts.Add(text, slot);
                }

                return slot;
        }
    }

    private int NumberSlot(double number, SurveyVariable variable)
    {
        if (!_numbers.TryGetValue(number, out var slot))
        {
            slot = Classify(SourceCode.Of(number), number, variable);
            _numbers.Add(number, slot);
        }

        return slot;
    }

    private int Classify(string code, double? number, SurveyVariable variable)
    {
        if (_options.TryGetValue(code, out var option))
        {
            return option;
        }

        variable.ValueLabels.TryGetValue(code, out var valueLabel);
        CodeSlot slot;
        // A question's own drops come first: "left out of this question" wins over a source-wide missing code.
        if (_drops.Contains(code))
        {
            slot = new CodeSlot(CodeKind.Dropped, null, code, null, valueLabel);
        }
        else if (_questionMissing.TryGetValue(code, out var missing) || _sourceMissing.TryGetValue(code, out missing))
        {
            slot = new CodeSlot(CodeKind.Missing, null, code, missing.Meaning, missing.Label ?? valueLabel);
        }
        else if (number is { } n ? variable.Missing.IsMissing(n) : variable.Missing.IsMissing(code))
        {
            slot = new CodeSlot(CodeKind.Declared, null, code, MissingMeanings.Declared, valueLabel);
        }
        else
        {
            slot = new CodeSlot(CodeKind.Unmapped, null, code, MissingMeanings.Unmapped, valueLabel);
        }

        if (_slotOf.TryGetValue((slot.Kind, code), out var existing))
        {
            return existing;
        }

        _slots.Add(slot);
        _slotOf.Add((slot.Kind, code), _slots.Count - 1);
        return _slots.Count - 1;
    }
}
