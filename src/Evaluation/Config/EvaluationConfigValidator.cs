using FluentValidation;
using FluentValidation.Results;
using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Config;

/// <summary>
/// What <c>evaluate</c> needs of its section, each failure named by its YAML path inside the section. Model names are
/// checked against <c>models:</c> by <see cref="EvaluationModels"/>, which sees the whole file.
/// </summary>
public sealed class EvaluationConfigValidator : AbstractValidator<EvaluationConfig>
{
    public EvaluationConfigValidator(CountryRegistry countries)
    {
        RuleFor(c => c.Models).Must(m => m.Count > 0).OverridePropertyName("models")
            .WithMessage("list at least one model to evaluate, by its name under models:, e.g. models: [exaone]");
        RuleFor(c => c).Custom((config, context) =>
        {
            if (config.Judge is null && config.Runs.Any(r => r.Kind == PromptKinds.Open))
            {
                context.AddFailure(new ValidationFailure("judge", "is missing: an open run needs a judge model (a name under models:) to classify the answers"));
            }

            if (config.Runs.Count == 0)
            {
                context.AddFailure(new ValidationFailure("runs", $"list at least one run, e.g. runs: [{{ kind: mc, input: items.jsonl }}]; kinds: {string.Join(", ", PromptKinds.All)}"));
            }

            for (var i = 0; i < config.Runs.Count; i++)
            {
                foreach (var failure in RunRules.Check($"runs[{i}]", config.Runs[i], countries))
                {
                    context.AddFailure(failure);
                }
            }

            var names = config.Runs.Select((r, i) => (Name: EvaluationRuns.NameOf(r, i), Index: i)).GroupBy(n => n.Name, StringComparer.Ordinal);
            foreach (var duplicate in names.Where(g => g.Count() > 1))
            {
                context.AddFailure(new ValidationFailure($"runs[{duplicate.Skip(1).First().Index}].name", $"the run name '{duplicate.Key}' is used twice; give each run its own name"));
            }
        });
        RuleFor(c => c.Answers.TopLogprobs).InclusiveBetween(1, 20).OverridePropertyName("answers.top_logprobs")
            .WithMessage((_, v) => $"must be between 1 and 20 (OpenAI's and vLLM's maximum), not {v}");
        RuleFor(c => c.Answers.TopLogprobsFor).Custom((map, context) =>
        {
            foreach (var (name, k) in map.Where(p => p.Value is < 1 or > 20))
            {
                context.AddFailure(new ValidationFailure($"answers.top_logprobs_for.{name}", $"must be between 1 and 20, not {k}"));
            }
        });
        RuleFor(c => c.Answers.ScanPositions).InclusiveBetween(1, 50).OverridePropertyName("answers.scan_positions")
            .WithMessage((_, v) => $"must be between 1 and 50, not {v}");
        RuleFor(c => c.Answers.Samples).InclusiveBetween(1, 1000).OverridePropertyName("answers.samples")
            .WithMessage((_, v) => $"must be between 1 and 1000, not {v}");
        RuleFor(c => c.Answers.Temperature).InclusiveBetween(0, 2).OverridePropertyName("answers.temperature")
            .WithMessage((_, v) => $"must be between 0 and 2, not {v}");
        RuleFor(c => c.Answers.OpenMaxTokens).InclusiveBetween(16, 8000).OverridePropertyName("answers.open_max_tokens")
            .WithMessage((_, v) => $"must be between 16 and 8000, not {v}");
    }
}
