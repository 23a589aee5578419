namespace ValueAtlas.Core.Config;

/// <summary>The keys every stage shares: <c>models</c>, <c>cache</c> and <c>seed</c>.</summary>
internal sealed class SharedSection() : ConfigSection<RunConfig>(null, new RunConfigValidator())
{
    protected override RunConfig Complete(RunConfig section, ConfigDocument document)
    {
        var models = new Dictionary<string, ModelConfig>(StringComparer.Ordinal);
        foreach (var (name, model) in section.Models ?? [])
        {
            // A null entry (`exaone:` with nothing under it) is kept so the validator reports it at its line.
            models[name] = model is null ? model! : document.Locate(model, name, YamlPath.Child("models", name));
        }

        return section with { Models = models, Cache = document.FullPath(section.Cache), BaseDirectory = document.BaseDirectory };
    }
}
