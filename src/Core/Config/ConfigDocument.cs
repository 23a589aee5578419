using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ValueAtlas.Core.Config;

/// <summary>
/// One parsed YAML config file, read once and handed to each part that owns some of its keys. Syntax errors
/// stop at once (nothing can be read past them); everything else is collected so one run reports it all.
/// </summary>
public sealed class ConfigDocument
{
    private ConfigDocument(string file, string baseDirectory, YamlMappingNode? root)
    {
        File = file;
        BaseDirectory = baseDirectory;
        Root = root;
        Map = new YamlSourceMap(root);
    }

    /// <summary>The file as errors name it.</summary>
    public string File { get; }

    /// <summary>The folder relative paths in the file are taken from.</summary>
    public string BaseDirectory { get; }

    /// <summary>The keys written at the top of the file, in order.</summary>
    public IReadOnlyList<string> TopLevelKeys => [.. Entries.Select(e => ConfigBinder.KeyText(e.Key))];

    internal YamlSourceMap Map { get; }

    internal YamlMappingNode? Root { get; }

    internal IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries => Root?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>();

    /// <exception cref="ConfigException">The file cannot be read or is not YAML.</exception>
    public static ConfigDocument Read(string path)
    {
        var fullPath = Path.GetFullPath(path);
        string text;
        try
        {
            // UTF-8 with or without BOM; Korean comments and values are common.
            text = System.IO.File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file"
                : Directory.Exists(fullPath) ? "is a folder; give the YAML file"
                : $"cannot read the file: {e.Message}";
            throw new ConfigException(new ConfigError(fullPath, 0, 0, "", reason), e);
        }

        return Parse(text, fullPath, Path.GetDirectoryName(fullPath));
    }

    /// <param name="text">The YAML.</param>
    /// <param name="sourceName">Shown as the file in errors.</param>
    /// <param name="baseDirectory">Folder that relative paths are resolved against; the current directory when null.</param>
    /// <exception cref="ConfigException">The text is not one YAML mapping.</exception>
    public static ConfigDocument Parse(string text, string sourceName, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var root = ParseRoot(text, sourceName);
        return new ConfigDocument(sourceName, Path.GetFullPath(baseDirectory ?? Environment.CurrentDirectory), root);
    }

    /// <summary>Where exactly this key was written, or null when the file does not contain it.</summary>
    public ConfigLocation? LocationOf(string yamlPath) =>
        Map.Find(yamlPath) is { } mark ? new ConfigLocation(File, (int)mark.Line, (int)mark.Column) : null;

    /// <summary>An error about <paramref name="yamlPath"/>, at its line, or its nearest written parent's when the key is missing.</summary>
    public ConfigError ErrorAt(string yamlPath, string message)
    {
        var mark = Map.Locate(yamlPath);
        return new ConfigError(File, (int)(mark?.Line ?? 0), (int)(mark?.Column ?? 0), yamlPath, message);
    }

    /// <summary>A path written in the file made absolute against its folder; blank or invalid ones are returned as written for a validator to report.</summary>
    public string? FullPath(string? written) =>
        string.IsNullOrWhiteSpace(written) || written.IndexOfAny(Path.GetInvalidPathChars()) >= 0
            ? written
            : Path.GetFullPath(written, BaseDirectory);

    /// <summary>A model entry told its name and place, so errors found later (a missing key variable) still point into this file.</summary>
    public ModelConfig Locate(ModelConfig model, string name, string yamlPath)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model with
        {
            Name = name,
            YamlPath = yamlPath,
            ApiKeyEnvLocation = LocationOf(YamlPath.Child(yamlPath, "api_key_env")),
        };
    }

    /// <summary>
    /// The whole file as one <typeparamref name="T"/>, for a file that belongs to one part (review.yaml).
    /// Problems are added to <paramref name="errors"/>; entries with a wrong kind of value are left at their defaults.
    /// </summary>
    public T Bind<T>(ICollection<ConfigError> errors, ISet<string> broken)
        where T : class, new() =>
        ConfigBinder.Bind<T>(this, Entries, [], errors, broken);

    private static YamlMappingNode? ParseRoot(string text, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.Message.StartsWith("Duplicate key ", StringComparison.Ordinal)
                ? $"duplicate key '{e.Message["Duplicate key ".Length..]}'"
                : $"YAML syntax: {e.Message}";
            throw new ConfigException(
                new ConfigError(sourceName, (int)e.Start.Line, (int)e.Start.Column, YamlSyntaxPath.AtError(text), message),
                e);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            throw new ConfigException(new ConfigError(
                sourceName, (int)second.Line, (int)second.Column, "", $"expected one YAML document, found {stream.Documents.Count}"));
        }

        var root = stream.Documents.Count == 1 ? stream.Documents[0].RootNode : null;
        return root switch
        {
            null => null,
            YamlMappingNode mapping => mapping,
            // A file holding only comments parses as one empty scalar.
            YamlScalarNode { Value: null or "" } => null,
            _ => throw new ConfigException(new ConfigError(sourceName, (int)root.Start.Line, (int)root.Start.Column, "",
                "expected a mapping of keys (key: value lines) at the top of the file")),
        };
    }
}
