namespace ValueAtlas.Core.Config;

/// <summary>
/// The one refusal of something the user must fix: a config file, a command-line option or an input that cannot
/// be used. The message lists every error, one per line, each naming where it is (file:line:column: path, or the
/// option); the CLI prints it and exits 2, never with a stack trace. Not sealed: the CLI's
/// <c>UsageException</c> is this refusal for an option, so one catch covers both.
/// </summary>
public class ConfigException : Exception
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

    /// <summary>A refusal with no file or YAML path, e.g. about an option or a port; the message says what to do.</summary>
    public ConfigException(string message, Exception? innerException = null)
        : this(new ConfigError("", 0, 0, "", message), innerException)
    {
    }

    public IReadOnlyList<ConfigError> Errors { get; }

    /// <summary>Refuses with every error, in file order, when there is any.</summary>
    public static void ThrowIfAny(IEnumerable<ConfigError> errors)
    {
        var sorted = errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        if (sorted.Count > 0)
        {
            throw new ConfigException(sorted);
        }
    }
}
