using System.Collections.Concurrent;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Curation.Tests.Review.Store;

/// <summary>Many annotators at once through one store: the rules must hold under contention, not only in sequence.</summary>
public sealed class ConcurrentReviewTests : IDisposable
{
    private const int Annotators = 30;
    private const int Overlap = 2;
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Concurrent_annotators_lose_no_decision_double_none_and_respect_overlap_and_blindness(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, TimeProvider.System);
        var items = ManyQuestions(150);
        var units = UnitBuilder.Build("load", items, new HashSet<UnitKind> { UnitKind.Question });
        await store.EnqueueAsync("load", Overlap, units, items, CancellationToken.None);
        var people = new List<Annotator>();
        for (var i = 0; i < Annotators; i++)
        {
            people.Add((await store.AddAnnotatorAsync($"a{i}", AnnotatorRole.Annotator, ["ko"], CancellationToken.None)).Annotator);
        }

        var accepted = new ConcurrentBag<(string Annotator, string Unit)>();
        var sawOthers = 0;
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = Annotators }, async (who, ct) =>
        {
            for (var view = await store.NextUnitAsync(who, "load", ct); view is not null; view = await store.NextUnitAsync(who, "load", ct))
            {
                if (view.OtherDecisions.Count > 0)
                {
                    Interlocked.Increment(ref sawOthers);
                }

                var decision = new DecisionRequest { Decision = (who.Name.Length + view.Unit.Id.Length) % 5 == 0 ? DecisionKind.Reject : DecisionKind.Approve, Reason = "duplicate" };
                var result = await store.DecideAsync(who, view.Unit.Id, decision with { Reason = decision.Decision == DecisionKind.Reject ? "duplicate" : null }, ct);
                Assert.Equal(DecisionStatus.Accepted, result.Status);
                accepted.Add((who.Id, view.Unit.Id));
            }
        });

        var stored = await store.UnitsAsync("load", CancellationToken.None);
        Assert.Equal(0, sawOthers);
        Assert.Equal(units.Count * Overlap, accepted.Count);
        Assert.Equal(accepted.Count, accepted.Distinct().Count());
        Assert.All(stored, u => Assert.Equal(Overlap, u.Decisions.Count));
        Assert.All(stored, u => Assert.NotEqual(UnitState.Open, u.State));
        Assert.Equal(
            accepted.Select(a => $"{a.Annotator}/{a.Unit}").Order(),
            stored.SelectMany(u => u.Decisions.Select(d => $"{d.AnnotatorId}/{d.UnitId}")).Order());
    }

    private static List<Question> ManyQuestions(int count)
    {
        var topic = ContentId.ForTopic("KR", Language.Korean, "부하 시험", controversial: false);
        return [.. Enumerable.Range(0, count).Select(i => SampleItems.Row(
            topic, Language.Korean, $"질문 {i}번에 동의하십니까?", null, null, false, null, "예", Stance.Supports, "아니오", Stance.Opposes))];
    }
}
