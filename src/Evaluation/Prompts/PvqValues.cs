using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Prompts;

/// <summary>
/// The 11 values PVQ steering names (Schwartz's ten and spirituality) and the word "value", per language. English,
/// Chinese and German are the public ValueConsistency files' own words (<c>values[].text</c> and <c>vrd</c>), so steered
/// prompts match the study's; Korean and Japanese use the terms of the Schwartz literature in those languages.
/// </summary>
public static class PvqValues
{
    /// <summary>The <see cref="Inputs.Probe.SteerValue"/> that names no particular value but the word "value" itself.</summary>
    public const string BareWord = PvqSteering.BareWord;

    private const string Fallback = "en";

    private static readonly Dictionary<string, (string Word, string[] Names)> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = ("value", ["Self-direction", "Stimulation", "Hedonism", "Achievement", "Power", "Security", "Conformity", "Tradition", "Benevolence", "Universalism", "Spirituality"]),
        ["zh"] = ("值", ["自我指导", "刺激", "享乐主义", "成就", "权力", "安全", "一致性", "传统", "仁慈", "普遍主义", "灵性"]),
        ["de"] = ("Prinzip", ["Selbstbestimmung", "Anregung", "Hedonismus", "Leistung", "Macht", "Sicherheit", "Konformität", "Tradition", "Sozialität", "Universalismus", "Spiritualität"]),
        ["ko"] = ("가치", ["자기주도", "자극", "쾌락", "성취", "권력", "안전", "순응", "전통", "박애", "보편주의", "영성"]),
        ["ja"] = ("価値", ["自己志向", "刺激", "快楽", "達成", "権力", "安全", "同調", "伝統", "博愛", "普遍主義", "精神性"]),
    };

    /// <summary>The value ids, in the questionnaire's usual order; PVQ items' <c>schwartz_value</c> uses them.</summary>
    public static IReadOnlyList<string> Ids => PvqSteering.Values;

    /// <summary>The languages with their own names.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. ByLanguage.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Each value's id and name in <paramref name="language"/> (English for a language without names), in <see cref="Ids"/> order.</summary>
    public static IReadOnlyList<(string Id, string Text)> Names(string language) =>
        [.. Ids.Zip(Entry(language).Names, (id, text) => (id, text))];

    /// <summary>The word "value" in <paramref name="language"/> (English for a language without one).</summary>
    public static string Word(string language) => Entry(language).Word;

    /// <summary>
    /// What the prompt names for <paramref name="steerValue"/>: the value's name, or <see cref="Word"/> for
    /// <see cref="BareWord"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Neither a value id nor the bare word.</exception>
    public static string Text(string steerValue, string language)
    {
        ArgumentNullException.ThrowIfNull(steerValue);
        if (steerValue == BareWord)
        {
            return Word(language);
        }

        var at = Ids.ToList().IndexOf(steerValue);
        return at >= 0
            ? Entry(language).Names[at]
            : throw new ArgumentException(
                $"Unknown PVQ value '{steerValue}'; known: {string.Join(", ", Ids)}, or '{BareWord}'.", nameof(steerValue));
    }

    private static (string Word, string[] Names) Entry(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = language.Trim().Replace('_', '-').ToLowerInvariant().Split('-')[0];
        return ByLanguage.GetValueOrDefault(primary, ByLanguage[Fallback]);
    }
}
