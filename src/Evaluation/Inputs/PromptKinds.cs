namespace ValueAtlas.Evaluation.Inputs;

/// <summary>The prompt kinds a run can name (<c>kind:</c> in eval.yaml), as written in every output row.</summary>
public static class PromptKinds
{
    /// <summary>ValueConsistency multiple choice: lettered options, shuffled per query, the letter only.</summary>
    public const string MultipleChoice = "mc";

    /// <summary>ValueConsistency open-ended: a paragraph, classified for stance by the judge model.</summary>
    public const string Open = "open";

    /// <summary>GlobalOpinionQA default prompting.</summary>
    public const string GoqaDefault = "goqa-dp";

    /// <summary>GlobalOpinionQA cross-national prompting: "How would someone from {country} answer…".</summary>
    public const string GoqaCrossNational = "goqa-cp";

    /// <summary>GlobalOpinionQA linguistic prompting: the question and options in another language.</summary>
    public const string GoqaLinguistic = "goqa-lp";

    /// <summary>PVQ-21 steering: each portrait with no value, each of the 11 values, and the word "value" named.</summary>
    public const string Pvq = "pvq";

    public static IReadOnlyList<string> All { get; } = [MultipleChoice, Open, GoqaDefault, GoqaCrossNational, GoqaLinguistic, Pvq];

    public static bool IsSurvey(string kind) => kind is GoqaDefault or GoqaCrossNational or GoqaLinguistic;
}
