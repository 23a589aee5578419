namespace ValueAtlas.Core.Config;

/// <summary>
/// A part of a run config that one stage owns: its keys, the record they bind to and the stage's rules.
/// Core reads the file once; each section binds and checks its own keys, and every error is reported together.
/// </summary>
public interface IConfigSection
{
    /// <summary>
    /// The top-level key holding the section (<c>harmonization:</c>), or null when its keys sit at the top of
    /// the file beside <c>models</c> and <c>cache</c>, as generation's did before stages had sections.
    /// </summary>
    string? Key { get; }

    /// <summary>The record the section binds to.</summary>
    Type Shape { get; }

    /// <summary>The top-level keys the section owns.</summary>
    IReadOnlyList<string> TopLevelKeys { get; }

    /// <summary>Binds the section's keys and, when it has rules, checks them; adds every problem to <paramref name="errors"/>.</summary>
    object Bind(ConfigDocument document, ICollection<ConfigError> errors);
}
