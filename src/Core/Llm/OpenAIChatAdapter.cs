using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using MeaiMessage = Microsoft.Extensions.AI.ChatMessage;
using OaiFormat = OpenAI.Chat.ChatResponseFormat;
using OaiMessage = OpenAI.Chat.ChatMessage;

namespace ValueAtlas.Core.Llm;

/// <summary><see cref="IChatClient"/> over the OpenAI SDK, for any OpenAI-compatible chat endpoint (vLLM, Ollama, llama.cpp, OpenAI).</summary>
public sealed class OpenAIChatAdapter : IChatClient
{
    private readonly ChatClient _chat;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ChatClientMetadata _metadata;

    public OpenAIChatAdapter(Uri endpoint, string model, string? apiKey, TimeProvider time)
    {
        _http = HttpTransport.Create();
        _time = time;
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(_http),
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };

        // Local servers take any key; the SDK refuses an empty one.
        _chat = new ChatClient(model, new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "none" : apiKey), options);
        _metadata = new ChatClientMetadata("openai", endpoint, model);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<MeaiMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var probe = HttpProbe.Begin(_time);
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
            .Select(t => new TokenPosition(t.Token, t.LogProbability, t.TopLogProbabilities.Select(a => new TokenLogprob(a.Token, a.LogProbability)).ToArray()))
            .ToArray());
        return response;
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<MeaiMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingFallback.Stream(this, messages, options, cancellationToken);

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? _metadata :
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose() => _http.Dispose();

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
