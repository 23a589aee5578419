using System.ClientModel;
using System.Globalization;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using MeaiMessage = Microsoft.Extensions.AI.ChatMessage;
using OaiFormat = OpenAI.Chat.ChatResponseFormat;
using OaiMessage = OpenAI.Chat.ChatMessage;

namespace ValueAtlas.Core.Llm;

/// <summary><see cref="IChatClient"/> over the OpenAI SDK, for any OpenAI-compatible chat endpoint (vLLM, Ollama, llama.cpp, OpenAI).</summary>
public sealed class OpenAIChatAdapter : ChatAdapter
{
    private readonly ChatClient _chat;

    public OpenAIChatAdapter(Uri endpoint, string model, string? apiKey, TimeProvider time)
        : base("openai", endpoint, model, time)
    {
        _chat = new ChatClient(model, OpenAIPipeline.Credential(apiKey), OpenAIPipeline.Options(endpoint, Http));
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<MeaiMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var probe = HttpProbe.Begin(Time);
        ChatCompletion completion;
        try
        {
            completion = await _chat.CompleteChatAsync(messages.Select(ToOpenAI), ToOpenAI(options), cancellationToken).ConfigureAwait(false);
        }
        catch (ClientResultException e)
        {
            throw AdapterErrors.FromStatus(e.Status == 0 ? probe.Status : e.Status, probe.RetryAfter, e.Message, e);
        }
        catch (Exception e) when (AdapterErrors.IsTransport(e, cancellationToken))
        {
            throw AdapterErrors.FromTransport(e);
        }

        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        var response = new ChatResponse(new MeaiMessage(ChatRole.Assistant, text))
        {
            ModelId = completion.Model,
            FinishReason = new Microsoft.Extensions.AI.ChatFinishReason(completion.FinishReason.ToString().ToLowerInvariant()),
            Usage = new UsageDetails
            {
                InputTokenCount = completion.Usage?.InputTokenCount,
                OutputTokenCount = completion.Usage?.OutputTokenCount,
            },
        };
        response.SetLogprobs(completion.ContentTokenLogProbabilities
            .Select(t => new TokenPosition(t.Token, Widen(t.LogProbability), t.TopLogProbabilities.Select(a => new TokenLogprob(a.Token, Widen(a.LogProbability))).ToArray()))
            .ToArray());
        return response;
    }

    /// <summary>The SDK hands out float; widening by value would turn the wire's -0.1 into -0.10000000149011612.</summary>
    private static double Widen(float value) => double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static OaiMessage ToOpenAI(MeaiMessage m)
    {
        var text = m.Text;
        if (m.Role == ChatRole.System)
        {
            return new SystemChatMessage(text);
        }

        return m.Role == ChatRole.Assistant ? new AssistantChatMessage(text) : new UserChatMessage(text);
    }

    private static ChatCompletionOptions ToOpenAI(ChatOptions? options)
    {
        var result = new ChatCompletionOptions();
        if (options is null)
        {
            return result;
        }

        result.Temperature = options.Temperature;
        result.TopP = options.TopP;
        result.MaxOutputTokenCount = options.MaxOutputTokens;
#pragma warning disable OPENAI001 // Seed is marked experimental; vLLM and OpenAI both honour it.
        result.Seed = options.Seed;
#pragma warning restore OPENAI001
        foreach (var stop in options.StopSequences ?? [])
        {
            result.StopSequences.Add(stop);
        }

        if (options.GetTopLogprobs() is { } k)
        {
            result.IncludeLogProbabilities = true;
            result.TopLogProbabilityCount = k;
        }

        if (options.ResponseFormat is ChatResponseFormatJson { Schema: { } schema } json)
        {
            result.ResponseFormat = OaiFormat.CreateJsonSchemaFormat(
                json.SchemaName ?? "answer", BinaryData.FromString(schema.GetRawText()), json.SchemaDescription, jsonSchemaIsStrict: true);
        }
        else if (options.ResponseFormat is ChatResponseFormatJson)
        {
            result.ResponseFormat = OaiFormat.CreateJsonObjectFormat();
        }

        return result;
    }
}
