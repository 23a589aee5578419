using FluentValidation.Results;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ValueAtlas.Core.Config;

/// <summary>
/// Reads a YAML run config and checks it completely before anything runs.
/// Every problem becomes a <see cref="ConfigError"/> naming file, line, column and YAML path;
/// syntax and shape errors stop at the first one (YamlDotNet cannot go on), validation errors are all reported.
/// </summary>
public static class RunConfigLoader
{
    // No IgnoreUnmatchedProperties: an unknown key is almost always a typo that would otherwise fall back to a default.
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    /// <exception cref="ConfigException">The file cannot be read, parsed or validated.</exception>
    public static RunConfig Load(string path) => Load(path, []);

    /// <param name="path">The YAML file.</param>
    /// <param name="stageValidators">A stage's own rules; each failure's PropertyName must be the YAML path, so it gets a file and line too.</param>
    public static RunConfig Load(string path, IReadOnlyList<FluentValidation.IValidator<RunConfig>> stageValidators)
    {
        var fullPath = Path.GetFullPath(path);
        string text;
        try
        {
            // UTF-8 with or without BOM; Korean comments and values are common.
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(new ConfigError(fullPath, 0, 0, "", $"cannot read the file: {e.Message}"), e);
        }

        return LoadFromText(text, fullPath, Path.GetDirectoryName(fullPath), stageValidators);
    }

    /// <param name="text">The YAML.</param>
    /// <param name="sourceName">Shown as the file in errors.</param>
    /// <param name="baseDirectory">Folder that relative paths are resolved against; the current directory when null.</param>
    /// <exception cref="ConfigException">The text cannot be parsed or validated.</exception>
    /// <param name="stageValidators">A stage's own rules, as for <see cref="Load(string, IReadOnlyList{FluentValidation.IValidator{RunConfig}})"/>.</param>
    public static RunConfig LoadFromText(string text, string sourceName, string? baseDirectory = null, IReadOnlyList<FluentValidation.IValidator<RunConfig>>? stageValidators = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var map = new YamlSourceMap(Parse(text, sourceName));

        RunConfig? parsed;
        try
        {
            parsed = Deserializer.Deserialize<RunConfig?>(text);
        }
        catch (YamlException e)
        {
            throw new ConfigException(DeserializationErrors.Describe(e, map, sourceName), e);
        }

        var config = Complete(parsed ?? new RunConfig(), map, sourceName, Path.GetFullPath(baseDirectory ?? Environment.CurrentDirectory));
        var errors = new RunConfigValidator().Validate(config).Errors
            .Concat((stageValidators ?? []).SelectMany(v => v.Validate(config).Errors))
            .Select(f => ToError(f, map, sourceName))
            .OrderBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ToList();
        return errors.Count > 0 ? throw new ConfigException(errors) : config;
    }

    private static YamlNode? Parse(string text, string sourceName)
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

        return stream.Documents.Count == 1 ? stream.Documents[0].RootNode : null;
    }

    /// <summary>Fills what YAML does not carry: model names, key locations and absolute paths.</summary>
    private static RunConfig Complete(RunConfig config, YamlSourceMap map, string sourceName, string baseDirectory)
    {
        var models = new Dictionary<string, ModelConfig>(StringComparer.Ordinal);
        foreach (var (name, model) in config.Models ?? [])
        {
            var keyMark = map.Find(YamlPath.Child(YamlPath.Child("models", name), "api_key_env"));
            // A null entry (`exaone:` with nothing under it) is kept so the validator reports it at its line.
            models[name] = model is null ? model! : model with
            {
                Name = name,
                YamlPath = YamlPath.Child("models", name),
                ApiKeyEnvLocation = keyMark is { } m ? new ConfigLocation(sourceName, (int)m.Line, (int)m.Column) : null,
            };
        }

        var single = config.Model;
        if (single is not null)
        {
            var mark = map.Find(YamlPath.Child("model", "api_key_env"));
            single = single with
            {
                Name = "model",
                YamlPath = "model",
                ApiKeyEnvLocation = mark is { } m ? new ConfigLocation(sourceName, (int)m.Line, (int)m.Column) : null,
            };
        }

        var prompts = config.Prompts;
        if (!string.IsNullOrWhiteSpace(prompts) && prompts.IndexOfAny(Path.GetInvalidPathChars()) < 0)
        {
            prompts = Path.GetFullPath(prompts, baseDirectory);
        }

        var cache = config.Cache;
        if (!string.IsNullOrWhiteSpace(cache) && cache.IndexOfAny(Path.GetInvalidPathChars()) < 0)
        {
            cache = Path.GetFullPath(cache, baseDirectory);
        }

        return config with { Models = models, Model = single, Prompts = prompts, Cache = cache, BaseDirectory = baseDirectory };
    }

    private static ConfigError ToError(ValidationFailure failure, YamlSourceMap map, string sourceName)
    {
        var mark = map.Locate(failure.PropertyName);
        return new ConfigError(sourceName, (int)(mark?.Line ?? 0), (int)(mark?.Column ?? 0), failure.PropertyName, failure.ErrorMessage);
    }
}
