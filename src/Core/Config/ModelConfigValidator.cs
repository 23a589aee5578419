using FluentValidation;
using FluentValidation.Results;

namespace ValueAtlas.Core.Config;

/// <summary>
/// Checks one <c>models.&lt;name&gt;</c> entry. Messages are written to follow the YAML path
/// (<c>models.exaone.max_concurrency: must be …</c>), so they do not repeat the property name.
/// </summary>
public sealed class ModelConfigValidator : AbstractValidator<ModelConfig>
{
    public ModelConfigValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(m => m.Provider)
            .Must(p => ProviderNames.All.Contains(p))
            .WithMessage(m => $"must be one of {string.Join(", ", ProviderNames.All)}, not '{m.Provider}'");

        RuleFor(m => m.Endpoint)
            .NotEmpty()
            .WithMessage("is required: the base URL, e.g. http://127.0.0.1:8000/v1")
            .Must(IsHttpUrl)
            .WithMessage(m => $"must be an absolute http or https URL such as http://127.0.0.1:8000/v1, not '{m.Endpoint}'");

        RuleFor(m => m.Model)
            .NotEmpty()
            .WithMessage("is required: the model id the endpoint serves");

        RuleFor(m => m.ApiKeyEnv)
            .NotEmpty()
            .When(m => m.Provider == ProviderNames.Anthropic)
            .WithMessage("is required for provider anthropic: the name of the variable holding the key, e.g. ANTHROPIC_API_KEY");

        // Neither message repeats the value: it may be a pasted key.
        RuleFor(m => m.ApiKeyEnv)
            .Must(v => !EnvironmentVariableName.LooksLikeKey(v!))
            .WithMessage("api_key_env names the environment variable, not the key: put the key in a variable (e.g. export EXAONE_API_KEY=...) and write its name here")
            .Must(v => EnvironmentVariableName.IsValid(v!))
            .WithMessage("must be an environment variable name: letters, digits and underscore, not starting with a digit")
            .When(m => m.ApiKeyEnv is not null);

        RuleFor(m => m.MaxConcurrency)
            .InclusiveBetween(1, 1024)
            .WithMessage(m => $"must be between 1 and 1024, not {m.MaxConcurrency}");

        RuleFor(m => m.RequestsPerMinute)
            .GreaterThan(0)
            .When(m => m.RequestsPerMinute is not null)
            .WithMessage(m => $"must be greater than 0 when set, not {m.RequestsPerMinute}");

        RuleFor(m => m.Price)
            .NotNull()
            .WithMessage("must have input_per_million and output_per_million (0 for local models)");

        RuleFor(m => m.Price.InputPerMillion)
            .GreaterThanOrEqualTo(0)
            .When(m => m.Price is not null)
            .WithMessage(m => $"must not be negative, not {m.Price.InputPerMillion}");

        RuleFor(m => m.Price.OutputPerMillion)
            .GreaterThanOrEqualTo(0)
            .When(m => m.Price is not null)
            .WithMessage(m => $"must not be negative, not {m.Price.OutputPerMillion}");

        RuleFor(m => m.TimeoutSeconds)
            .Must(t => t > 0 && t <= 3600)
            .WithMessage(m => $"must be more than 0 and at most 3600 seconds, not {m.TimeoutSeconds}");

        RuleFor(m => m.MaxAttempts)
            .InclusiveBetween(1, 20)
            .WithMessage(m => $"must be between 1 and 20, not {m.MaxAttempts}");
    }

    /// <summary>The failures of a model written at <paramref name="yamlPath"/>, each named by its full YAML path.</summary>
    public IEnumerable<ValidationFailure> At(string yamlPath, ModelConfig model) =>
        Validate(model).Errors.Select(f => new ValidationFailure(YamlPath.Child(yamlPath, ConfigShape.KeysOfPropertyPath(f.PropertyName)), f.ErrorMessage));

    private static bool IsHttpUrl(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
