namespace ValueAtlas.Evaluation.Metrics;

/// <summary>What a model was asked under: the keys that separate one set of its answers from another.</summary>
public sealed record AnswerCondition(string Model, string PromptKind, string? Language, string? PromptCountry, string? Persona)
{
    /// <summary>"model · prompt kind · language · country · persona", the parts that are set.</summary>
    public string Label => string.Join(" · ", new[] { Model, PromptKind, Language, PromptCountry, Persona }.Where(p => !string.IsNullOrEmpty(p)));
}
