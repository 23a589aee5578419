namespace ValueAtlas.Generation.Answers;

/// <summary>
/// A cheap check that text is written in the language asked for: models asked in Korean sometimes answer in English.
/// It looks at the writing system only, which is what tells these five languages apart.
/// </summary>
public static class Script
{
    public static bool Matches(string text, string language)
    {
        int hangul = 0, kana = 0, han = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
            {
                hangul++;
            }
            else if (c is >= '\u3040' and <= '\u30FF')
            {
                kana++;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
            {
                latin++;
            }
        }

        return language.Split('-')[0] switch
        {
            "ko" => hangul > 0,
            "ja" => kana > 0 || (han > 0 && hangul == 0),
            "zh" => han > 0 && kana == 0 && hangul == 0,
            "en" or "de" or "fr" or "es" => latin > 0 && hangul + kana + han == 0,
            _ => true,
        };
    }
}
