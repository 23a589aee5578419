using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Tests.Review.Store;

/// <summary>Opens a fresh, initialised store of either kind, so one test body runs against SQLite and PostgreSQL.</summary>
public static class TestStores
{
    public static TheoryData<string> Kinds => new("sqlite", "postgres");

    public static async Task<ReviewStore> OpenAsync(string kind, TempDirectory folder, TimeProvider time, ReviewOptions? options = null)
    {
        options ??= ReviewOptions.Default;
        var store = kind switch
        {
            "sqlite" => ReviewStore.Sqlite(folder.File("review.db"), options, time),
            "postgres" => ReviewStore.Postgres(await PostgresServer.CreateDatabaseAsync(CancellationToken.None), options, time),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }
}
