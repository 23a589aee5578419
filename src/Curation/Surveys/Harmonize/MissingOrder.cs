using System.Globalization;

namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>Missing rows in a stable order whatever order the data showed them: numeric codes ascending, text codes, then system-missing.</summary>
public sealed class MissingOrder : IComparer<CodeSlot>
{
    public static MissingOrder Instance { get; } = new();

    public int Compare(CodeSlot? x, CodeSlot? y)
    {
        var byRank = Rank(x).CompareTo(Rank(y));
        if (byRank != 0)
        {
            return byRank;
        }

        return Number(x) is { } a && Number(y) is { } b ? a.CompareTo(b) : string.CompareOrdinal(x?.Code, y?.Code);
    }

    private static int Rank(CodeSlot? slot) => slot?.Code is null ? 2 : Number(slot) is null ? 1 : 0;

    private static double? Number(CodeSlot? slot) =>
        double.TryParse(slot?.Code, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
