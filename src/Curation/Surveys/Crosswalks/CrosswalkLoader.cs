using ValueAtlas.Core.Config;

namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>Reads a crosswalk YAML; every error names the file, line and YAML path, and all are reported together.</summary>
public static class CrosswalkLoader
{
    /// <exception cref="ConfigException">The file cannot be read, is not YAML, or breaks a rule of the crosswalk format.</exception>
    public static CrosswalkFile Load(string path) => Check(ConfigDocument.Read(path));

    /// <param name="yaml">The crosswalk text.</param>
    /// <param name="sourceName">Shown as the file in errors.</param>
    public static CrosswalkFile Parse(string yaml, string sourceName) => Check(ConfigDocument.Parse(yaml, sourceName));

    private static CrosswalkFile Check(ConfigDocument document)
    {
        var errors = new List<ConfigError>();
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var crosswalk = document.Bind<Crosswalk>(errors, broken);
        // A key left out for a wrong kind of value would only draw a second, confusing complaint.
        errors.AddRange(CrosswalkValidator.Problems(crosswalk)
            .Where(p => !YamlPath.IsWithin(p.Path, broken))
            .Select(p => document.ErrorAt(p.Path, p.Message)));
        ConfigException.ThrowIfAny(errors);
        return new CrosswalkFile(crosswalk, document);
    }
}
