using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Filters;

/// <param name="Kept">The surviving rows in input order.</param>
/// <param name="Dropped">Removed rows in rule order, and in input order within a rule.</param>
/// <param name="CountsByReason">Every <see cref="DropReason"/>, zero included, so reports show each rule.</param>
public sealed record FilterResult(
    IReadOnlyList<Question> Kept,
    IReadOnlyList<Dropped> Dropped,
    IReadOnlyDictionary<string, int> CountsByReason);
