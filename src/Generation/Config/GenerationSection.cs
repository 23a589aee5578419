using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Config;

/// <summary>How a run config's generation keys are read: bound to <see cref="GenerationConfig"/> and, for <c>generate</c>, checked.</summary>
public sealed class GenerationSection : ConfigSection<GenerationConfig>
{
    private GenerationSection(GenerationConfigValidator? rules)
        : base(null, rules)
    {
    }

    /// <summary>For commands that only read other keys of the file: the generation keys are known and well-formed, nothing more.</summary>
    public static GenerationSection Tolerated { get; } = new(null);

    /// <summary>For <c>generate</c>: every rule, countries checked against <paramref name="countries"/>.</summary>
    public static GenerationSection Checked(CountryRegistry countries) => new(new GenerationConfigValidator(countries));

    protected override GenerationConfig Complete(GenerationConfig section, ConfigDocument document) => section with
    {
        Model = section.Model is { } model ? document.Locate(model, "model", "model") : null,
        Prompts = document.FullPath(section.Prompts),
        // `filters:` with nothing under it keeps every default.
        Filters = section.Filters ?? new(),
    };
}
