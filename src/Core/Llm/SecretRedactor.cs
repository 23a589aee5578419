using System.Collections.Concurrent;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// Every key the gateway resolved, so that text leaving the process (errors, logs) can be scrubbed of it even when
/// an endpoint echoes a key back in an error body.
/// </summary>
public static class SecretRedactor
{
    private static readonly ConcurrentDictionary<string, byte> Known = new(StringComparer.Ordinal);

    public static void Register(string? secret)
    {
        // Very short values would redact ordinary words; real keys are long.
        if (!string.IsNullOrEmpty(secret) && secret.Length >= 8)
        {
            Known.TryAdd(secret, 0);
        }
    }

    public static string Redact(string text)
    {
        foreach (var secret in Known.Keys)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }
}
