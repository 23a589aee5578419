using FluentValidation;
using YamlDotNet.RepresentationModel;

namespace ValueAtlas.Core.Config;

/// <summary>
/// A stage's section bound to <typeparamref name="T"/> and checked by its validator. The validator names each
/// failure by its YAML path inside the section (<c>topics.controversial</c>, <c>countries[1]</c>), so every
/// error gets the file, line and full path.
/// </summary>
public class ConfigSection<T> : IConfigSection
    where T : class, new()
{
    private readonly IValidator<T>? _rules;

    /// <param name="key">The top-level key holding the section, or null for keys at the top of the file.</param>
    /// <param name="rules">The stage's rules; null accepts any well-formed section (a command that only reads other sections).</param>
    public ConfigSection(string? key, IValidator<T>? rules)
    {
        Key = key;
        _rules = rules;
    }

    public string? Key { get; }

    public Type Shape => typeof(T);

    public IReadOnlyList<string> TopLevelKeys => Key is { } key ? [key] : ConfigShape.KeysOf(typeof(T));

    object IConfigSection.Bind(ConfigDocument document, ICollection<ConfigError> errors) => Bind(document, errors);

    public T Bind(ConfigDocument document, ICollection<ConfigError> errors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(errors);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var section = Complete(BindShape(document, errors, broken), document);
        foreach (var failure in _rules?.Validate(section).Errors ?? [])
        {
            var path = Key is null ? failure.PropertyName : YamlPath.Child(Key, failure.PropertyName);
            // A value already reported as the wrong kind was left at its default; a rule about it would only confuse.
            if (!YamlPath.IsWithin(path, broken))
            {
                errors.Add(document.ErrorAt(path, failure.ErrorMessage));
            }
        }

        return section;
    }

    /// <summary>Fills what YAML does not carry, such as absolute paths and model names; runs before the rules.</summary>
    protected virtual T Complete(T section, ConfigDocument document) => section;

    private T BindShape(ConfigDocument document, ICollection<ConfigError> errors, ISet<string> broken)
    {
        if (Key is null)
        {
            var keys = ConfigShape.KeysOf(typeof(T));
            return ConfigBinder.Bind<T>(document, document.Entries.Where(e => keys.Contains(ConfigBinder.KeyText(e.Key))), [], errors, broken);
        }

        var entry = document.Entries.FirstOrDefault(e => ConfigBinder.KeyText(e.Key) == Key);
        switch (entry.Value)
        {
            case null:
            case YamlScalarNode { Value: null or "" }:
                return new T();
            case YamlMappingNode mapping:
                return ConfigBinder.Bind<T>(document, mapping.Children, [Key], errors, broken);
            default:
                errors.Add(document.ErrorAt(Key, $"expected {ConfigShape.Describe(typeof(T))}"));
                broken.Add(Key);
                return new T();
        }
    }
}
