namespace ValueAtlas.FakeLlm;

/// <summary>Splits text into word tokens that keep their leading whitespace, so the tokens concatenate back to the text.</summary>
internal static class WordTokens
{
    public static List<string> Split(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                tokens.Add(text[start..i]);
                start = i;
            }
        }

        if (start < text.Length)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }
}
