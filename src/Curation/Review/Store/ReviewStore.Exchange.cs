using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store.Sql;

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
        return await DecisionOfAsync(session, who, unitId, cancellationToken);
    }

    private static async Task<DecisionRecord?> DecisionOfAsync(SqlSession session, Annotator who, string unitId, CancellationToken cancellationToken) =>
        (await session.QueryAsync(
            $"SELECT {DecisionColumns} FROM decisions WHERE unit_id = @u AND annotator_id = @a", ReadDecision, cancellationToken,
            ("u", unitId), ("a", who.Id))).FirstOrDefault();
}
