using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Bench.Review;

/// <summary>A fresh store of either kind, filled with enough Korean question units and annotators for one run.</summary>
internal static class BenchStores
{
    public static async Task<(ReviewStore Store, IReadOnlyList<NewAnnotator> People)> CreateAsync(
        string kind, string folder, string? postgres, int units, int annotators, int overlap)
    {
        var store = kind == "sqlite"
            ? ReviewStore.Sqlite(Path.Combine(folder, $"review-{Guid.NewGuid():N}.db"), ReviewOptions.Default, TimeProvider.System)
            : ReviewStore.Postgres(await PostgresDatabase.CreateAsync(postgres!), ReviewOptions.Default, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        var topic = ContentId.ForTopic("KR", Language.Korean, "벤치마크", controversial: true);
        var items = Enumerable.Range(0, units).Select(i => Item(topic, i)).ToList();
        await store.EnqueueAsync("bench", overlap, UnitBuilder.Build("bench", items, new HashSet<UnitKind> { UnitKind.Question }), items, CancellationToken.None);
        var people = new List<NewAnnotator>();
        for (var i = 0; i < annotators; i++)
        {
            people.Add(await store.AddAnnotatorAsync($"annotator-{i:00}", AnnotatorRole.Annotator, ["ko"], CancellationToken.None));
        }

        return (store, people);
    }

    private static Question Item(string topic, int i)
    {
        var row = new Question
        {
            Id = "",
            Country = "KR",
            Controversial = true,
            TopicId = topic,
            TopicName = "벤치마크",
            Language = Language.Korean,
            Text = $"{i}번째 정책에 찬성하십니까?",
            Options = [new AnswerOption { Text = "예", Stance = Stance.Supports }, new AnswerOption { Text = "아니오", Stance = Stance.Opposes }],
            IsParaphrase = false,
            Provenance = new Provenance { Model = "bench", EndpointKind = "bench", CreatedAt = DateTimeOffset.UnixEpoch },
        };
        return row with { Id = ContentId.ForQuestion(row) };
    }
}
