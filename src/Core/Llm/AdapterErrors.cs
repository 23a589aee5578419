using System.Net.Sockets;
using System.Text.Json;

namespace ValueAtlas.Core.Llm;

/// <summary>Turns what each SDK throws into one <see cref="LlmEndpointException"/> vocabulary the retry layer understands.</summary>
internal static class AdapterErrors
{
    private const int MaxDetail = 300;

    public static LlmEndpointException FromStatus(int? status, TimeSpan? retryAfter, string detail, Exception inner)
    {
        if (status is null or 0)
        {
            return FromTransport(inner);
        }

        var kind = HttpTransport.KindOf(status.Value);
        return new LlmEndpointException(kind, $"HTTP {status}: {Trim(detail)}", status, retryAfter, inner);
    }

    public static bool IsTransport(Exception e, CancellationToken callerToken) =>
        !callerToken.IsCancellationRequested && e is HttpRequestException or IOException or SocketException or JsonException or InvalidOperationException or FormatException or KeyNotFoundException or ArgumentOutOfRangeException;

    /// <summary>SDKs wrap socket errors (the OpenAI pipeline in a status-0 ClientResultException), so look down the chain.</summary>
    public static LlmEndpointException FromTransport(Exception e)
    {
        for (var cause = (Exception?)e; cause is not null; cause = cause.InnerException)
        {
            if (cause is HttpRequestException or IOException or SocketException)
            {
                return new LlmEndpointException(LlmFailureKind.Connection, $"connection failed: {Trim(cause.Message)}", inner: e);
            }
        }

        return new LlmEndpointException(LlmFailureKind.InvalidResponse, $"unreadable response: {Trim(e.Message)}", inner: e);
    }

    private static string Trim(string text)
    {
        text = SecretRedactor.Redact(text.ReplaceLineEndings(" ").Trim());
        return text.Length <= MaxDetail ? text : string.Concat(text.AsSpan(0, MaxDetail), "…");
    }
}
