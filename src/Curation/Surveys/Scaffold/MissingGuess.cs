namespace ValueAtlas.Curation.Surveys.Scaffold;

/// <summary>A missing code's meaning guessed from its value label, for a scaffold the researcher then checks.</summary>
internal static class MissingGuess
{
    public static string Meaning(string? label)
    {
        var text = (label ?? "").ToLowerInvariant();
        return text switch
        {
            _ when Has(text, "don't know", "dont know", "don’t know", "dk", "can't choose", "cannot choose", "모름", "잘 모르") => Crosswalks.MissingMeanings.DontKnow,
            _ when Has(text, "refus", "no answer", "declin", "응답거절", "무응답") => Crosswalks.MissingMeanings.Refused,
            _ when Has(text, "not asked", "비해당") => Crosswalks.MissingMeanings.NotAsked,
            _ when Has(text, "not applicable", "inapplicable", "n/a") => Crosswalks.MissingMeanings.NotApplicable,
            _ => Crosswalks.MissingMeanings.Missing,
        };
    }

    private static bool Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
