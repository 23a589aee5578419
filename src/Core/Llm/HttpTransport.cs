using System.Net;

namespace ValueAtlas.Core.Llm;

/// <summary>One HTTP client per endpoint. The SDKs' own timeouts and retries are off: the gateway owns both.</summary>
internal static class HttpTransport
{
    public static HttpClient Create()
    {
        var sockets = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            MaxConnectionsPerServer = int.MaxValue,
        };
        return new HttpClient(new HttpProbe(sockets)) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public static LlmFailureKind KindOf(int status) => status switch
    {
        429 => LlmFailureKind.RateLimited,
        408 => LlmFailureKind.Timeout,
        >= 500 => LlmFailureKind.ServerError,
        _ => LlmFailureKind.Rejected,
    };
}
