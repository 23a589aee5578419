using System.Security.Cryptography;
using System.Text;

namespace ValueAtlas.Core.Prompts;

/// <summary>The hash provenance keeps of a prompt: one definition, so stages' hashes compare.</summary>
public static class PromptHash
{
    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256Hex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
