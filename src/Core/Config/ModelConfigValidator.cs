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
            .WithMessage("is required: the base URL, e.g. http://127.0.0.1:8000/v1 (or endpoints: a list of replica URLs)")
            .Must(IsHttpUrl)
            .WithMessage(m => $"must be an absolute http or https URL such as http://127.0.0.1:8000/v1, not '{m.Endpoint}'")
            .When(m => m.Endpoints is null);

        RuleFor(m => m.Endpoints)
            .Null()
            .When(m => m.Endpoint.Length > 0)
            .WithMessage("cannot be given together with endpoint: write one URL as endpoint, or replicas of one model as endpoints, not both");

        RuleFor(m => m.Endpoints)
            .Must(list => list!.Count > 0)
            .When(m => m.Endpoints is not null)
            .WithMessage("must list at least one URL, e.g. [http://gpu1:8000/v1, http://gpu2:8000/v1]");

        RuleForEach(m => m.Endpoints)
            .Must(IsHttpUrl)
            .WithMessage((_, url) => $"must be an absolute http or https URL such as http://127.0.0.1:8000/v1, not '{url}'");

        RuleFor(m => m.Endpoints).Custom((list, context) =>
        {
            foreach (var (index, first) in Repeats(list ?? []))
            {
                context.AddFailure(new ValidationFailure($"{nameof(ModelConfig.Endpoints)}[{index}]", $"repeats endpoints[{first}]: list each replica once"));
            }
        });

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

    /// <summary>
    /// Each listed URL that names a replica already listed (same address up to a trailing slash or letter case of the host),
    /// with the index of its first listing. Calls to a repeat would go to the same server twice as often, unnoticed.
    /// </summary>
    private static IEnumerable<(int Index, int First)> Repeats(List<string> endpoints)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < endpoints.Count; i++)
        {
            if (!IsHttpUrl(endpoints[i]))
            {
                continue;
            }

            var same = new Uri(endpoints[i]).ToString().TrimEnd('/');
            if (!seen.TryAdd(same, i))
            {
                yield return (i, seen[same]);
            }
        }
    }

    private static bool IsHttpUrl(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
