using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;
using ValueAtlas.Curation.Review.Web;

namespace ValueAtlas.Curation.Tests.Review.Web;

/// <summary>The review app on a real Kestrel socket (127.0.0.1, a free port) over a real SQLite store file.</summary>
public sealed class RunningReviewApp : IAsyncDisposable
{
    private readonly TempDirectory _folder;
    private readonly WebApplication _app;

    private RunningReviewApp(TempDirectory folder, ReviewStore store, WebApplication app)
    {
        _folder = folder;
        Store = store;
        _app = app;
    }

    public ReviewStore Store { get; }

    public string BaseAddress => ReviewWebApp.BaseAddress(_app);

    /// <summary>Starts with every unit of one kind built from <paramref name="items"/>, in queue "q".</summary>
    public static async Task<RunningReviewApp> StartAsync(IReadOnlyList<Question> items, int overlap, UnitKind kind, CancellationToken cancellationToken)
    {
        var folder = new TempDirectory();
        var store = ReviewStore.Sqlite(folder.File("review.db"), ReviewOptions.Default, new ManualTime());
        await store.InitializeAsync(cancellationToken);
        await store.EnqueueAsync("q", overlap, UnitBuilder.Build("q", items, new HashSet<UnitKind> { kind }), items, cancellationToken);
        var app = ReviewWebApp.Create(store, new ReviewServerOptions { Port = 0 });
        await app.StartAsync(cancellationToken);
        return new RunningReviewApp(folder, store, app);
    }

    /// <summary>A Korean-reading annotator.</summary>
    public Task<NewAnnotator> AddAsync(string name, CancellationToken cancellationToken) =>
        AddAsync(name, AnnotatorRole.Annotator, "ko", cancellationToken);

    public Task<NewAnnotator> AddAsync(string name, AnnotatorRole role, string language, CancellationToken cancellationToken) =>
        Store.AddAnnotatorAsync(name, role, [language], cancellationToken);

    /// <summary>On the first unit, one annotator approves and another edits it (noting why): a disagreement for an adjudicator.</summary>
    public async Task<string> DisagreeOnFirstUnitAsync(string edited, string? note, CancellationToken cancellationToken)
    {
        var a = (await AddAsync("김민지", cancellationToken)).Annotator;
        var b = (await AddAsync("이서연", cancellationToken)).Annotator;
        var unit = (await Store.NextUnitAsync(a, "q", cancellationToken))!.Unit.Id;
        Assert.Equal(unit, (await Store.NextUnitAsync(b, "q", cancellationToken))!.Unit.Id);
        await Store.DecideAsync(a, unit, new DecisionRequest { Decision = DecisionKind.Approve }, cancellationToken);
        var edit = new DecisionRequest { Decision = DecisionKind.Edit, Note = note, Edits = new Dictionary<string, string> { ["question"] = edited } };
        Assert.Equal(UnitState.Adjudication, (await Store.DecideAsync(b, unit, edit, cancellationToken)).State);
        return unit;
    }

    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseAddress) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public string LoginLink(NewAnnotator annotator) => Curation.Review.Web.LoginLink.For(BaseAddress, annotator.Token);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}
