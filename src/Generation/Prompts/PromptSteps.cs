using System.Collections.Frozen;

namespace ValueAtlas.Generation.Prompts;

/// <summary>
/// The generation steps that have prompt templates, and the placeholders each step's template
/// must use: templates and the code that fills them are checked against this one list.
/// </summary>
public static class PromptSteps
{
    public const string Topics = "topics";
    public const string Questions = "questions";
    public const string Options = "options";
    public const string Paraphrases = "paraphrases";
    public const string Translation = "translation";

    private static readonly FrozenDictionary<string, FrozenSet<string>> Required =
        new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
        {
            [Topics] = Set(
                PromptPlaceholders.Count,
                PromptPlaceholders.ControversialPhrase,
                PromptPlaceholders.CountryName,
                PromptPlaceholders.LanguageName),
            [Questions] = Set(
                PromptPlaceholders.Count,
                PromptPlaceholders.Topic,
                PromptPlaceholders.TopicDescription,
                PromptPlaceholders.CountryName,
                PromptPlaceholders.LanguageName),
            [Options] = Set(
                PromptPlaceholders.Question,
                PromptPlaceholders.Topic),
            [Paraphrases] = Set(
                PromptPlaceholders.Count,
                PromptPlaceholders.Question,
                PromptPlaceholders.LanguageName,
                PromptPlaceholders.Options),
            [Translation] = Set(
                PromptPlaceholders.Topic,
                PromptPlaceholders.Question,
                PromptPlaceholders.Options,
                PromptPlaceholders.SourceLanguageName,
                PromptPlaceholders.TargetLanguageName),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>All steps in pipeline order.</summary>
    public static IReadOnlyList<string> All { get; } = [Topics, Questions, Options, Paraphrases, Translation];

    /// <summary>The placeholder names a template of <paramref name="step"/> must contain, no more and no fewer.</summary>
    public static IReadOnlySet<string> Placeholders(string step) => Required[Require(step)];

    public static bool IsKnown(string step) => step is not null && Required.ContainsKey(step);

    internal static string Require(string step) =>
        IsKnown(step)
            ? step
            : throw new ArgumentException(
                $"Unknown prompt step '{step}'. Known steps: {string.Join(", ", All)}.", nameof(step));

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
