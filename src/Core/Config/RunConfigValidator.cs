using FluentValidation;
using FluentValidation.Results;

namespace ValueAtlas.Core.Config;

/// <summary>
/// Checks the keys every stage shares (models, cache). Each failure's PropertyName is the YAML path it concerns
/// (<c>models.exaone.max_concurrency</c>), which the loader turns into a file and line.
/// </summary>
public sealed class RunConfigValidator : AbstractValidator<RunConfig>
{
    private readonly ModelConfigValidator _modelValidator = new();

    public RunConfigValidator()
    {
        RuleFor(c => c.Models).Custom((models, context) =>
        {
            foreach (var (name, model) in models ?? [])
            {
                var path = YamlPath.Child("models", name);
                if (string.IsNullOrWhiteSpace(name))
                {
                    context.AddFailure(new ValidationFailure(path, "a model needs a name"));
                }

                // YamlDotNet stores an entry written with no settings (`exaone:`) as null.
                if (model is null)
                {
                    context.AddFailure(new ValidationFailure(path, "has no settings: give at least provider, endpoint and model"));
                    continue;
                }

                foreach (var failure in _modelValidator.At(path, model))
                {
                    context.AddFailure(failure);
                }
            }
        });

        RuleFor(c => c.Cache)
            .Must(p => !string.IsNullOrWhiteSpace(p) && p.IndexOfAny(Path.GetInvalidPathChars()) < 0)
            .When(c => c.Cache is not null)
            .OverridePropertyName("cache")
            .WithMessage("must be a file path, e.g. .valueatlas/cache.sqlite (relative to this file), or be left out");
    }
}
