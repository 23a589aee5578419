using ValueAtlas.Core.Config;

namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>A loaded, valid crosswalk and the document it came from, so problems found later in the data still name a line.</summary>
public sealed class CrosswalkFile(Crosswalk crosswalk, ConfigDocument document)
{
    public Crosswalk Crosswalk { get; } = crosswalk;

    /// <summary>The file as errors name it.</summary>
    public string Path => document.File;

    /// <summary>An error about a YAML path of this crosswalk (<c>questions[3].variable</c>), at its line.</summary>
    public ConfigError ErrorAt(string yamlPath, string message) => document.ErrorAt(yamlPath, message);
}
