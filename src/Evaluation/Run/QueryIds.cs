using System.Security.Cryptography;
using System.Text;

namespace ValueAtlas.Evaluation.Run;

/// <summary>A query's id: a hash of what identifies it, so the same config gives the same ids on every run.</summary>
internal static class QueryIds
{
    public static string For(params string?[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p ?? ""))));
        return "q" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
