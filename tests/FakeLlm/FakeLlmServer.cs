namespace ValueAtlas.FakeLlm;

/// <summary>A real HTTP server on 127.0.0.1 that speaks the OpenAI and Anthropic wire formats, for tests and benchmarks.</summary>
public sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeLlmState _state;
    private int _disposed;

    private FakeLlmServer(WebApplication app, FakeLlmState state, Uri baseUri)
    {
        _app = app;
        _state = state;
        BaseUri = baseUri;
        OpenAIBase = new Uri(baseUri, "v1");
    }

    /// <summary>Root address with a trailing slash, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUri { get; }

    /// <summary>BaseUri + "v1" without a trailing slash: what OpenAIClientOptions.Endpoint takes.</summary>
    public Uri OpenAIBase { get; }

    /// <summary>A snapshot in arrival order; /health is not recorded.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _state.Requests;

    public int RequestCount => _state.RequestCount;

    /// <summary>Consulted when the queue is empty; returning null means the default echo.</summary>
    public Func<RecordedRequest, FakeReply?>? Responder
    {
        get => _state.Responder;
        set => _state.Responder = value;
    }

    public TimeSpan Latency
    {
        get => _state.Latency;
        set => _state.Latency = value;
    }

    public static async Task<FakeLlmServer> StartAsync(FakeLlmOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeLlmOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        var state = new FakeLlmState { Latency = options.Latency };
        var app = FakeLlmApp.Build([], state, $"http://127.0.0.1:{options.Port}", keepConfiguredUrls: false);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        // After start Kestrel reports the port it actually bound, which port 0 needs.
        var address = app.Urls.First().TrimEnd('/');
        return new FakeLlmServer(app, state, new Uri(address + "/"));
    }

    /// <summary>Scripted replies are consumed first-in first-out by the next LLM requests, whatever their endpoint.</summary>
    public void Enqueue(params FakeReply[] replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        _state.Enqueue(replies);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
