namespace ValueAtlas.Cli;

/// <summary>Bad input or configuration the user can fix; the message says how. Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
