using System.Net.Http.Headers;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// Lets an adapter see the status and Retry-After of the last HTTP response even when the SDK turns it into an
/// exception that hides the headers (the Anthropic SDK does). The adapter opens a scope; the handler fills it.
/// </summary>
internal sealed class HttpProbe : DelegatingHandler
{
    private static readonly AsyncLocal<Scope?> Current = new();

    public HttpProbe(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public static Scope Begin(TimeProvider time)
    {
        var scope = new Scope(time);
        Current.Value = scope;
        return scope;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        Current.Value?.Record(response);
        return response;
    }

    internal sealed class Scope(TimeProvider time)
    {
        public int? Status { get; private set; }

        public TimeSpan? RetryAfter { get; private set; }

        public void Record(HttpResponseMessage response)
        {
            Status = (int)response.StatusCode;
            RetryAfter = Parse(response.Headers.RetryAfter, time);
        }

        private static TimeSpan? Parse(RetryConditionHeaderValue? header, TimeProvider time)
        {
            if (header?.Delta is { } delta)
            {
                return delta;
            }

            if (header?.Date is { } date)
            {
                var wait = date - time.GetUtcNow();
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }

            return null;
        }
    }
}
