using ValueAtlas.Core.Prompts;

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

    /// <summary>All steps in pipeline order.</summary>
    public static IReadOnlyList<string> All => Kinds.All;

    internal static TemplateKinds Kinds { get; } = new("step", [
        (Topics, [
            PromptPlaceholders.Count,
            PromptPlaceholders.ControversialPhrase,
            PromptPlaceholders.CountryName,
            PromptPlaceholders.LanguageName]),
        (Questions, [
            PromptPlaceholders.Count,
            PromptPlaceholders.Topic,
            PromptPlaceholders.TopicDescription,
            PromptPlaceholders.CountryName,
            PromptPlaceholders.LanguageName]),
        (Options, [
            PromptPlaceholders.Question,
            PromptPlaceholders.Topic]),
        (Paraphrases, [
            PromptPlaceholders.Count,
            PromptPlaceholders.Question,
            PromptPlaceholders.LanguageName,
            PromptPlaceholders.Options]),
        (Translation, [
            PromptPlaceholders.Topic,
            PromptPlaceholders.Question,
            PromptPlaceholders.Options,
            PromptPlaceholders.SourceLanguageName,
            PromptPlaceholders.TargetLanguageName]),
    ]);

    /// <summary>The placeholder names a template of <paramref name="step"/> must contain, no more and no fewer.</summary>
    public static IReadOnlySet<string> Placeholders(string step) => Kinds.Variables(step);

    public static bool IsKnown(string step) => Kinds.IsKnown(step);

    internal static string Require(string step) => Kinds.Require(step);
}
