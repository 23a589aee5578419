using ValueAtlas.Core.Config;
using ValueAtlas.Generation.Config;

namespace ValueAtlas.Cli.Commands;

/// <summary>
/// Every stage section a run config may hold. A command that reads only the shared keys (<c>llm ask --config</c>)
/// still knows the others, so a file written for <c>generate</c> loads, and a typo anywhere is still refused.
/// </summary>
public static class RunConfigSections
{
    public static IReadOnlyList<IConfigSection> Tolerated { get; } = [GenerationSection.Tolerated];
}
