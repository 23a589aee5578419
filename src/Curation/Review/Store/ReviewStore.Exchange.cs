using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;

namespace ValueAtlas.Curation.Review.Store;

public sealed partial class ReviewStore
{
    /// <summary>
    /// This annotator's own decision on a unit, or null. A spreadsheet import checks a row against
    /// it before applying anything, so a changed decision is refused up front rather than midway.
    /// Only the asker's own decision: others' stay hidden (blind review).
    /// </summary>
    public async Task<DecisionRecord?> DecisionOfAsync(Annotator who, string unitId, CancellationToken cancellationToken)
    {
        await using var session = await ReadAsync(cancellationToken);
        var found = await session.QueryAsync(
            $"SELECT {DecisionColumns} FROM decisions WHERE unit_id = @u AND annotator_id = @a", ReadDecision, cancellationToken,
            ("u", unitId), ("a", who.Id));
        return found.FirstOrDefault();
    }
}
