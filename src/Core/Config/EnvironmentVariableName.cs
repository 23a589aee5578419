namespace ValueAtlas.Core.Config;

/// <summary>Rules for the names written in <c>api_key_env</c>.</summary>
public static class EnvironmentVariableName
{
    /// <summary>Portable names (POSIX shells and Windows alike): letters, digits, underscore, no leading digit.</summary>
    public static bool IsValid(string name) =>
        name.Length > 0
        && !char.IsAsciiDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>
    /// True for values that are probably the secret itself: OpenAI and Anthropic keys start with sk-,
    /// and real variable names are short while keys are long.
    /// </summary>
    public static bool LooksLikeKey(string value) =>
        value.StartsWith("sk-", StringComparison.Ordinal) || value.Length > 40;
}
