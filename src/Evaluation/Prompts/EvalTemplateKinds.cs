using ValueAtlas.Core.Prompts;
using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Prompts;

/// <summary>
/// The evaluation template files (<c>{kind}.{lang}.txt</c>) and the variables each must use. Besides the probe kinds of
/// <see cref="PromptKinds"/> there are the templates that wrap or judge them: pvq with a steering value, the judge,
/// the persona system prompt and the base-model few-shot prefix.
/// </summary>
public static class EvalTemplateKinds
{
    public const string MultipleChoice = PromptKinds.MultipleChoice;
    public const string Open = PromptKinds.Open;
    public const string Judge = "judge";
    public const string GoqaDefault = PromptKinds.GoqaDefault;
    public const string GoqaCrossNational = PromptKinds.GoqaCrossNational;
    public const string GoqaLinguistic = PromptKinds.GoqaLinguistic;

    /// <summary>A PVQ portrait with no value named.</summary>
    public const string Pvq = PromptKinds.Pvq;

    /// <summary>A PVQ portrait with a value (or the bare word "value") named.</summary>
    public const string PvqValue = "pvq-value";

    /// <summary>The system prompt that asks the model to answer as an adult living in a country.</summary>
    public const string Persona = "persona";

    /// <summary>The few-shot prefix a base model on /v1/completions gets around a lettered prompt.</summary>
    public const string Completion = "completion";

    /// <summary>Every template kind with its variables, in this order.</summary>
    public static TemplateKinds Kinds { get; } = new("kind", [
        (MultipleChoice, [EvalVariables.Question, EvalVariables.Options]),
        (Open, [EvalVariables.Question]),
        (Judge, [EvalVariables.Topic, EvalVariables.Question, EvalVariables.Answer, EvalVariables.Options]),
        (GoqaDefault, [EvalVariables.Question, EvalVariables.Options]),
        (GoqaCrossNational, [EvalVariables.CountryName, EvalVariables.Question, EvalVariables.Options]),
        (GoqaLinguistic, [EvalVariables.Question, EvalVariables.Options]),
        (Pvq, [EvalVariables.Description, EvalVariables.Options]),
        (PvqValue, [EvalVariables.Value, EvalVariables.Description, EvalVariables.Options]),
        (Persona, [EvalVariables.CountryName]),
        (Completion, [EvalVariables.Prompt]),
    ]);

    public static IReadOnlyList<string> All => Kinds.All;
}
