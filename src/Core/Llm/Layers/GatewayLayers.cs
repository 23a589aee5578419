using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm.Layers;

/// <summary>
/// One <see cref="ChatClientBuilder"/> extension per gateway layer. A builder wraps in the order the calls are made,
/// the first call outermost. A layer whose options are null is left out.
/// </summary>
public static class GatewayLayers
{
    public static ChatClientBuilder UseWholeAnswerStreaming(this ChatClientBuilder builder) =>
        builder.Use(inner => new WholeAnswerStreamingChatClient(inner));

    public static ChatClientBuilder UseAccounting(this ChatClientBuilder builder, AccountingOptions options) =>
        builder.Use(inner => new AccountingChatClient(inner, options));

    public static ChatClientBuilder UseResponseCache(this ChatClientBuilder builder, ResponseCacheOptions? options) =>
        options is null ? builder : builder.Use(inner => new CachingChatClient(inner, options));

    public static ChatClientBuilder UseConcurrencyLimit(this ChatClientBuilder builder, ConcurrencyLimitOptions options) =>
        builder.Use(inner => new ConcurrencyLimitingChatClient(inner, options));

    public static ChatClientBuilder UseRetry(this ChatClientBuilder builder, RetryOptions options) =>
        builder.Use(inner => new RetryingChatClient(inner, options));

    public static ChatClientBuilder UseRateLimit(this ChatClientBuilder builder, RateLimitOptions? options) =>
        options is null ? builder : builder.Use(inner => new RateLimitingChatClient(inner, options));

    public static ChatClientBuilder UseAttemptTimeout(this ChatClientBuilder builder, AttemptTimeoutOptions? options) =>
        options is null ? builder : builder.Use(inner => new TimeoutChatClient(inner, options));
}
