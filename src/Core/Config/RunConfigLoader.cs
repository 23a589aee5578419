namespace ValueAtlas.Core.Config;

/// <summary>
/// Reads a YAML run config once and checks it completely before anything runs: the shared keys here, each
/// stage's section by that stage (<see cref="IConfigSection"/>). Every problem becomes a <see cref="ConfigError"/>
/// naming file, line, column and YAML path, and all of them are reported together; only a YAML syntax error
/// stops at once, since nothing past it can be read.
/// </summary>
public static class RunConfigLoader
{
    /// <param name="path">The YAML file.</param>
    /// <param name="sections">
    /// The stage sections the file may hold. A section with rules is checked by them; one without (a command that
    /// only reads models) is still bound, so its keys are known and their shape is checked.
    /// </param>
    /// <exception cref="ConfigException">The file cannot be read, parsed or validated.</exception>
    public static RunConfig Load(string path, IReadOnlyList<IConfigSection>? sections = null) =>
        Load(ConfigDocument.Read(path), sections ?? []);

    /// <param name="text">The YAML.</param>
    /// <param name="sourceName">Shown as the file in errors.</param>
    /// <param name="baseDirectory">Folder that relative paths are resolved against; the current directory when null.</param>
    /// <param name="sections">As for <see cref="Load(string, IReadOnlyList{IConfigSection})"/>.</param>
    /// <exception cref="ConfigException">The text cannot be parsed or validated.</exception>
    public static RunConfig LoadFromText(string text, string sourceName, string? baseDirectory = null, IReadOnlyList<IConfigSection>? sections = null) =>
        Load(ConfigDocument.Parse(text, sourceName, baseDirectory), sections ?? []);

    public static RunConfig Load(ConfigDocument document, IReadOnlyList<IConfigSection> sections)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sections);
        var shared = new SharedSection();
        var known = shared.TopLevelKeys.Concat(sections.SelectMany(s => s.TopLevelKeys)).Distinct(StringComparer.Ordinal).ToList();
        var errors = new List<ConfigError>();
        foreach (var key in document.TopLevelKeys.Where(k => !known.Contains(k)))
        {
            errors.Add(document.ErrorAt(key, $"unknown key '{key}'; expected one of: {string.Join(", ", known)}"));
        }

        var config = shared.Bind(document, errors);
        var bound = sections.ToDictionary(s => s.Shape, s => s.Bind(document, errors));
        ConfigException.ThrowIfAny(errors);
        return config with { Sections = bound };
    }
}
