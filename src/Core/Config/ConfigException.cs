namespace ValueAtlas.Core.Config;

/// <summary>A config file that cannot be used; the message lists every error, one per line.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : this(errors, null)
    {
    }

    public ConfigException(IReadOnlyList<ConfigError> errors, Exception? innerException)
        : base(string.Join('\n', errors), innerException)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        Errors = errors;
    }

    public ConfigException(ConfigError error, Exception? innerException = null)
        : this([error], innerException)
    {
    }

    public IReadOnlyList<ConfigError> Errors { get; }
}
