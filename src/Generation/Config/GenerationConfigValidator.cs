using FluentValidation;
using FluentValidation.Results;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Config;

/// <summary>What `generate` needs of its section. Failures are named by YAML path, so the loader adds file and line.</summary>
public sealed class GenerationConfigValidator : AbstractValidator<GenerationConfig>
{
    public GenerationConfigValidator(CountryRegistry countries)
    {
        RuleFor(c => c.Model).NotNull().OverridePropertyName("model")
            .WithMessage("is missing: the model to generate with (provider, endpoint, model, …)");
        var models = new ModelConfigValidator();
        RuleFor(c => c.Model).Custom((model, context) =>
        {
            foreach (var failure in model is null ? [] : models.At("model", model))
            {
                context.AddFailure(failure);
            }
        });
        RuleFor(c => c.Countries).Custom((codes, context) =>
        {
            if (codes is not { Count: > 0 })
            {
                context.AddFailure(new ValidationFailure("countries", "list at least one country, e.g. [KR]"));
                return;
            }

            for (var i = 0; i < codes.Count; i++)
            {
                if (!countries.TryGet(codes[i], out _))
                {
                    context.AddFailure(new ValidationFailure($"countries[{i}]",
                        $"unknown country '{codes[i]}'; {countries.DescribeClosest(codes[i])} ({CountryRegistry.WhereToAdd})"));
                }
            }
        });
        RuleFor(c => c.Languages).Custom((codes, context) =>
        {
            for (var i = 0; i < (codes?.Count ?? 0); i++)
            {
                if (!Language.TryParse(codes![i], out _))
                {
                    context.AddFailure(new ValidationFailure($"languages[{i}]", $"'{codes[i]}' is not a language code (ko, en, zh, de, ja, …)"));
                }
            }
        });
        RuleFor(c => c.Topics).NotNull().OverridePropertyName("topics")
            .WithMessage("is missing: how many topics per country, e.g. topics: { controversial: 30, uncontroversial: 30 }");
        RuleFor(c => c.Topics!.Controversial).InclusiveBetween(0, 500).WithMessage((_, v) => $"must be between 0 and 500, not {v}").When(c => c.Topics is not null).OverridePropertyName("topics.controversial");
        RuleFor(c => c.Topics!.Uncontroversial).InclusiveBetween(0, 500).WithMessage((_, v) => $"must be between 0 and 500, not {v}").When(c => c.Topics is not null).OverridePropertyName("topics.uncontroversial");
        RuleFor(c => c.Topics).Must(t => t!.Controversial + t.Uncontroversial > 0).When(c => c.Topics is not null)
            .OverridePropertyName("topics").WithMessage("asks for no topics at all");
        RuleFor(c => c.QuestionsPerTopic).InclusiveBetween(1, 50).WithMessage((_, v) => $"must be between 1 and 50, not {v}").OverridePropertyName("questions_per_topic");
        RuleFor(c => c.Paraphrases).InclusiveBetween(0, 20).WithMessage((_, v) => $"must be between 0 and 20, not {v}").OverridePropertyName("paraphrases");
        RuleFor(c => c.Filters.MinFormsPerOriginal).InclusiveBetween(1, 100).WithMessage((_, v) => $"must be between 1 and 100, not {v}").OverridePropertyName("filters.min_forms_per_original");
        RuleFor(c => c.Filters.MinOriginalsPerTopic).InclusiveBetween(1, 100).WithMessage((_, v) => $"must be between 1 and 100, not {v}").OverridePropertyName("filters.min_originals_per_topic");
        RuleFor(c => c.Filters.MaxQuestionsPerTopic).GreaterThan(0).When(c => c.Filters.MaxQuestionsPerTopic is not null)
            .WithMessage((_, v) => $"must be greater than 0 when set, not {v}")
            .OverridePropertyName("filters.max_questions_per_topic");
    }
}
