using ValueAtlas.Core.Config;

namespace ValueAtlas.Cli.Commands;

public sealed record SelectedModel(string Name, ModelConfig Config, string? CachePath);
