using System.Diagnostics;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Bench.Review;

/// <summary>The bound: the same work called on the store in-process, no HTTP, JSON or authentication.</summary>
internal static class DirectLoad
{
    public static async Task<LoadResult> RunAsync(ReviewStore store, IReadOnlyList<NewAnnotator> people, int decisionsEach)
    {
        var next = new Latencies();
        var decide = new Latencies();
        var total = 0;
        var wall = Stopwatch.StartNew();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = people.Count }, async (person, ct) =>
        {
            for (var i = 0; i < decisionsEach; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var unit = await store.NextUnitAsync(person.Annotator, "bench", ct);
                next.Add(Stopwatch.GetElapsedTime(started));
                if (unit is null)
                {
                    return;
                }

                started = Stopwatch.GetTimestamp();
                var result = await store.DecideAsync(person.Annotator, unit.Unit.Id, Request(person, i), ct);
                decide.Add(Stopwatch.GetElapsedTime(started));
                if (result.Status == DecisionStatus.Accepted)
                {
                    Interlocked.Increment(ref total);
                }
            }
        });
        return new LoadResult(wall.Elapsed, next, decide, total);
    }

    public static DecisionRequest Request(NewAnnotator person, int i) => (person.Annotator.Name.GetHashCode(StringComparison.Ordinal) + i) % 7 == 0
        ? new DecisionRequest { Decision = DecisionKind.Reject, Reason = "unnatural" }
        : new DecisionRequest { Decision = DecisionKind.Approve };
}
