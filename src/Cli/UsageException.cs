using ValueAtlas.Core.Config;

namespace ValueAtlas.Cli;

/// <summary>A command-line option or argument that cannot be used: the same refusal as a bad config (exit 2, one line per error).</summary>
public sealed class UsageException(string message) : ConfigException(message);
