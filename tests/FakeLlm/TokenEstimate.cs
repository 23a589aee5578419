namespace ValueAtlas.FakeLlm;

/// <summary>Roughly four characters per token, like the usual rule of thumb; never zero so usage always looks real.</summary>
internal static class TokenEstimate
{
    public static int Of(string text) => Math.Max(1, (text.Length + 3) / 4);
}
