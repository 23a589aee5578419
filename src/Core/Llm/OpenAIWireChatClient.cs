using System.Globalization;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using MeaiMessage = Microsoft.Extensions.AI.ChatMessage;
using OaiFormat = OpenAI.Chat.ChatResponseFormat;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// What M.E.AI's OpenAI client does not carry by itself, sent through its raw options: log-probabilities (it neither
/// sends <see cref="ChatOptions.AdditionalProperties"/> nor returns them) and the JSON schema byte for byte
/// (<c>ChatResponseFormat.ForJsonSchema</c> would move keywords such as <c>minItems</c> into descriptions).
/// The log-probabilities come back from the raw <see cref="ChatCompletion"/>, alternatives sorted most likely first
/// because vLLM lists the sampled token before the top-N.
/// </summary>
internal sealed class OpenAIWireChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<MeaiMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, ToWire(options), cancellationToken).ConfigureAwait(false);
        if (response.RawRepresentation is ChatCompletion completion)
        {
            response.SetLogprobs(completion.ContentTokenLogProbabilities
                .Select(t => new TokenPosition(t.Token, Widen(t.LogProbability), LogprobsJson.MostLikelyFirst(t.TopLogProbabilities.Select(a => new TokenLogprob(a.Token, Widen(a.LogProbability))))))
                .ToArray());
        }

        return response;
    }

    /// <summary>The SDK hands out float; widening by value would turn the wire's -0.1 into -0.10000000149011612.</summary>
    private static double Widen(float value) => double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static ChatOptions? ToWire(ChatOptions? options)
    {
        var topLogprobs = options.GetTopLogprobs();
        var json = options?.ResponseFormat as ChatResponseFormatJson;
        if (options is null || (topLogprobs is null && json?.Schema is null))
        {
            return options;
        }

        var wire = options.Clone();
        wire.AdditionalProperties?.Remove(ChatExtensions.TopLogprobsKey);
        if (json?.Schema is not null)
        {
            wire.ResponseFormat = null;
        }

        var callerFactory = options.RawRepresentationFactory;
        wire.RawRepresentationFactory = client =>
        {
            var raw = callerFactory?.Invoke(client) as ChatCompletionOptions ?? new ChatCompletionOptions();
            if (topLogprobs is { } k)
            {
                raw.IncludeLogProbabilities = true;
                raw.TopLogProbabilityCount = k;
            }

            if (json?.Schema is { } schema)
            {
                raw.ResponseFormat = OaiFormat.CreateJsonSchemaFormat(
                    json.SchemaName ?? "answer", BinaryData.FromString(schema.GetRawText()), json.SchemaDescription, jsonSchemaIsStrict: true);
            }

            return raw;
        };
        return wire;
    }
}
