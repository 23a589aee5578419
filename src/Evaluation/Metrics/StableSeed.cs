using System.Text;

namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// A bootstrap stream's seed from the user's seed and the names of what is resampled (measure, cell keys): FNV-1a
/// over their UTF-8 bytes, then a SplitMix64 finaliser. Not <see cref="string.GetHashCode()"/>, which differs per process.
/// </summary>
public static class StableSeed
{
    public static ulong Of(int seed, params ReadOnlySpan<string?> parts)
    {
        const ulong prime = 1099511628211UL;
        var hash = 14695981039346656037UL;
        foreach (var b in BitConverter.GetBytes(seed))
        {
            hash = (hash ^ b) * prime;
        }

        foreach (var part in parts)
        {
            // A separator that no part contains, and a marker that tells null from "".
            hash = (hash ^ (part is null ? 0xFEUL : 0xFFUL)) * prime;
            foreach (var b in Encoding.UTF8.GetBytes(part ?? ""))
            {
                hash = (hash ^ b) * prime;
            }
        }

        return Xoshiro256.SplitMix(ref hash);
    }
}
