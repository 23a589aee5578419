using System.Security.Cryptography;
using System.Text;

namespace ValueAtlas.Curation.Review.Annotators;

/// <summary>
/// Secret login tokens. Only their SHA-256 is stored, so a copied database logs nobody in;
/// tokens come from the OS CSPRNG, never from the run's seeded Random.
/// </summary>
public static class AnnotatorToken
{
    public static string Create() => "va_" + Base64Url(RandomNumberGenerator.GetBytes(24));

    public static string NewId() => "ann_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
