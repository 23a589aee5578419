namespace ValueAtlas.Curation.Review.Units;

/// <summary>The names unit kinds go by in the store, the API, spreadsheets and guideline files.</summary>
public static class UnitKinds
{
    public static IReadOnlyList<UnitKind> All { get; } = Enum.GetValues<UnitKind>();

    public static string Name(UnitKind kind) => kind switch
    {
        UnitKind.Topic => "topic",
        UnitKind.Question => "question",
        UnitKind.Paraphrases => "paraphrases",
        UnitKind.Translation => "translation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? text, out UnitKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
