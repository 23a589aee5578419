using System.Collections.Frozen;

namespace ValueAtlas.Core.Prompts;

/// <summary>
/// The names a stage gives its templates (generation steps, evaluation kinds) and the variables each one's template
/// must use, no more and no fewer: templates and the code that fills them are checked against this one list.
/// </summary>
public sealed class TemplateKinds
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _variables;

    /// <param name="noun">What the stage calls one of them, for messages: <c>step</c>, <c>kind</c>.</param>
    /// <param name="kinds">Every name with its variables, in the order <see cref="All"/> lists them.</param>
    public TemplateKinds(string noun, IEnumerable<(string Name, IEnumerable<string> Variables)> kinds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(noun);
        ArgumentNullException.ThrowIfNull(kinds);

        Noun = noun;
        var list = kinds.ToList();
        foreach (var (name, _) in list)
        {
            if (string.IsNullOrEmpty(name) || name.Contains('.', StringComparison.Ordinal))
            {
                // The file name {name}.{lang}.txt is split at its last dot, so a name may hold '-' but never '.'.
                throw new ArgumentException($"A template {noun} name must be non-empty and contain no '.': '{name}'.", nameof(kinds));
            }
        }

        All = [.. list.Select(k => k.Name)];
        _variables = list.ToFrozenDictionary(k => k.Name, k => k.Variables.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>What one of them is called in messages (<c>step</c>).</summary>
    public string Noun { get; }

    /// <summary>Every name, in the order given.</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>The variable names a template of <paramref name="name"/> must contain, no more and no fewer.</summary>
    public IReadOnlySet<string> Variables(string name) => _variables[Require(name)];

    public bool IsKnown(string? name) => name is not null && _variables.ContainsKey(name);

    /// <summary><paramref name="name"/> itself if known.</summary>
    /// <exception cref="ArgumentException">Unknown; the message lists the known names.</exception>
    public string Require(string name) =>
        IsKnown(name)
            ? name
            : throw new ArgumentException(
                $"Unknown prompt {Noun} '{name}'. Known {Noun}s: {string.Join(", ", All)}.", nameof(name));
}
