using ValueAtlas.Core.Config;

namespace ValueAtlas.Evaluation.Config;

/// <summary>
/// Checks the section's model names against the file's <c>models:</c>, which the section's own validator cannot see,
/// and names each unknown one by its YAML path.
/// </summary>
public static class EvaluationModels
{
    /// <exception cref="ConfigException">A name is not under <c>models:</c>, or the judge is a base model.</exception>
    public static void Check(RunConfig run, EvaluationConfig evaluation, ConfigDocument document)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<ConfigError>();
        var known = string.Join(", ", run.Models.Keys.Order(StringComparer.Ordinal));
        void Require(string? name, string path)
        {
            if (name is not null && !run.Models.ContainsKey(name))
            {
                errors.Add(document.ErrorAt(path, $"no model '{name}' under models:; known: {(known.Length == 0 ? "none" : known)}"));
            }
        }

        for (var i = 0; i < evaluation.Models.Count; i++)
        {
            Require(evaluation.Models[i], $"{EvaluationSection.SectionKey}.models[{i}]");
        }

        for (var i = 0; i < evaluation.Sampling.Count; i++)
        {
            Require(evaluation.Sampling[i], $"{EvaluationSection.SectionKey}.sampling[{i}]");
        }

        Require(evaluation.Judge, $"{EvaluationSection.SectionKey}.judge");
        foreach (var name in evaluation.Answers.TopLogprobsFor.Keys)
        {
            Require(name, $"{EvaluationSection.SectionKey}.answers.top_logprobs_for.{name}");
        }

        if (evaluation.Judge is { } judge && run.Models.TryGetValue(judge, out var config) && config.Provider == ProviderNames.OpenAICompletions)
        {
            errors.Add(document.ErrorAt($"{EvaluationSection.SectionKey}.judge", $"the judge '{judge}' is a base model (openai-completions); the judge must follow instructions: use a chat model"));
        }

        ConfigException.ThrowIfAny(errors);
    }
}
