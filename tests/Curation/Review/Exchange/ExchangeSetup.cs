using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Tests.Review.Exchange;

/// <summary>The sample Korean items in queue "q", and people to review them.</summary>
internal static class ExchangeSetup
{
    public const string Queue = "q";

    public static async Task EnqueueAsync(ReviewStore store, int overlap)
    {
        var items = SampleItems.Korean();
        await store.EnqueueAsync(Queue, overlap, UnitBuilder.Build(Queue, items, new HashSet<UnitKind>(UnitKinds.All)), items, CancellationToken.None);
    }

    public static async Task<Annotator> AnnotatorAsync(ReviewStore store, string name, AnnotatorRole role = AnnotatorRole.Annotator) =>
        (await store.AddAnnotatorAsync(name, role, ["ko"], CancellationToken.None)).Annotator;

    public static async Task<int> AuditCountAsync(ReviewStore store) =>
        await store.AuditAsync(new Curation.Review.Audit.AuditQuery(), CancellationToken.None).CountAsync();

    public static async Task<IReadOnlyList<Curation.Review.Decisions.DecisionRecord>> DecisionsAsync(ReviewStore store) =>
        [.. (await store.UnitsAsync(Queue, CancellationToken.None)).SelectMany(u => u.Decisions).OrderBy(d => d.UnitId, StringComparer.Ordinal)];
}
