namespace ValueAtlas.Curation.Review.Units;

/// <summary>What a review unit shows; each kind has its own guidelines and edit fields.</summary>
public enum UnitKind
{
    /// <summary>A topic name for a country (and whether it is controversial there).</summary>
    Topic,

    /// <summary>An original question with its answer options and their stances.</summary>
    Question,

    /// <summary>All paraphrases of one original, judged together against it.</summary>
    Paraphrases,

    /// <summary>A translated question beside its source.</summary>
    Translation,
}
