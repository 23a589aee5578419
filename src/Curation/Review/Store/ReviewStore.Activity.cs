namespace ValueAtlas.Curation.Review.Store;

public sealed partial class ReviewStore
{
    /// <summary>Decisions and adjudications per annotator and queue, with the time of the latest; annotators without any are left out.</summary>
    public async Task<IReadOnlyList<AnnotatorActivity>> ActivityAsync(CancellationToken cancellationToken)
    {
        var annotators = (await AnnotatorsAsync(cancellationToken)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        await using var session = await ReadAsync(cancellationToken);
        return await session.QueryAsync(
            """
            SELECT d.annotator_id, u.queue, COUNT(*), SUM(d.adjudication), MAX(d.decided_at)
            FROM decisions d JOIN units u ON u.id = d.unit_id
            GROUP BY d.annotator_id, u.queue ORDER BY u.queue, d.annotator_id
            """,
            r => new AnnotatorActivity(
                annotators[r.GetString(0)], r.GetString(1), Convert.ToInt32(r.GetValue(2)), Convert.ToInt32(r.GetValue(3)), ParseStamp(r.GetString(4))),
            cancellationToken);
    }
}
