using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// Carries the gateway's extra request and response data through <see cref="IChatClient"/>, whose
/// abstractions have no slot for log-probabilities or per-call accounting.
/// </summary>
public static class ChatExtensions
{
    internal const string TopLogprobsKey = "valueatlas.top_logprobs";
    internal const string LogprobsKey = "valueatlas.logprobs";
    internal const string CallInfoKey = "valueatlas.call";

    /// <summary>Asks for the top <paramref name="k"/> alternatives at every generated position.</summary>
    public static ChatOptions WithTopLogprobs(this ChatOptions options, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        options.AdditionalProperties ??= [];
        options.AdditionalProperties[TopLogprobsKey] = k;
        return options;
    }

    public static int? GetTopLogprobs(this ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(TopLogprobsKey, out var v) == true && v is int k ? k : null;

    public static IReadOnlyList<TokenPosition> GetLogprobs(this ChatResponse response) =>
        response.AdditionalProperties?.TryGetValue(LogprobsKey, out var v) == true && v is IReadOnlyList<TokenPosition> p ? p : [];

    public static void SetLogprobs(this ChatResponse response, IReadOnlyList<TokenPosition> positions)
    {
        if (positions.Count == 0)
        {
            return;
        }

        response.AdditionalProperties ??= [];
        response.AdditionalProperties[LogprobsKey] = positions;
    }

    public static CallInfo GetCallInfo(this ChatResponse response) =>
        response.AdditionalProperties?.TryGetValue(CallInfoKey, out var v) == true && v is CallInfo c ? c : new CallInfo();

    public static void SetCallInfo(this ChatResponse response, CallInfo info)
    {
        response.AdditionalProperties ??= [];
        response.AdditionalProperties[CallInfoKey] = info;
    }
}
