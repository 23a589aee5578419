using System.Text.Json;
using Anthropic;
using Anthropic.Core;
using Anthropic.Exceptions;
using Anthropic.Models.Messages;
using Microsoft.Extensions.AI;
using MeaiMessage = Microsoft.Extensions.AI.ChatMessage;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// <see cref="IChatClient"/> over the Anthropic SDK (Messages API). Anthropic gives no log-probabilities. Kept instead of
/// the SDK's own <c>AsIChatClient</c>, which (13.14.0) sends neither temperature nor top_p.
/// </summary>
public sealed class AnthropicChatAdapter : ChatAdapter
{
    private const long DefaultMaxTokens = 1024;

    private readonly AnthropicClient _client;
    private readonly string _model;

    public AnthropicChatAdapter(Uri endpoint, string model, string? apiKey, TimeProvider time)
        : base("anthropic", endpoint, model, time)
    {
        _model = model;
        _client = new AnthropicClient(new ClientOptions
        {
            BaseUrl = endpoint.ToString().TrimEnd('/'),
            ApiKey = string.IsNullOrEmpty(apiKey) ? "none" : apiKey,
            HttpClient = Http,
            MaxRetries = 0,
            Timeout = Timeout.InfiniteTimeSpan,
        });
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<MeaiMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var probe = HttpProbe.Begin(Time);
        Message message;
        try
        {
            message = await _client.Messages.Create(ToParams(messages.ToList(), options), cancellationToken).ConfigureAwait(false);
        }
        catch (AnthropicApiException e)
        {
            throw AdapterErrors.FromStatus((int)e.StatusCode, probe.RetryAfter, e.Message, e);
        }
        catch (AnthropicIOException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw AdapterErrors.FromTransport((Exception?)e.InnerException ?? e);
        }
        catch (AnthropicException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LlmEndpointException(LlmFailureKind.InvalidResponse, $"unreadable response: {SecretRedactor.Redact(e.Message)}", probe.Status, inner: e);
        }
        catch (Exception e) when (AdapterErrors.IsTransport(e, cancellationToken))
        {
            throw AdapterErrors.FromTransport(e);
        }

        var text = string.Concat(message.Content.Select(b => b.TryPickText(out var t) ? t.Text : ""));
        return new ChatResponse(new MeaiMessage(ChatRole.Assistant, text))
        {
            ModelId = message.Model.ToString(),
            FinishReason = new ChatFinishReason(message.StopReason?.ToString() ?? "end_turn"),
            Usage = new UsageDetails { InputTokenCount = message.Usage.InputTokens, OutputTokenCount = message.Usage.OutputTokens },
        };
    }

    private MessageCreateParams ToParams(List<MeaiMessage> messages, ChatOptions? options)
    {
        // The SDK's typed params have no temperature or top_p in this version; they travel in the raw body.
        var raw = new Dictionary<string, JsonElement>();
        if (options?.Temperature is { } temperature)
        {
            raw["temperature"] = JsonSerializer.SerializeToElement(temperature);
        }

        if (options?.TopP is { } topP)
        {
            raw["top_p"] = JsonSerializer.SerializeToElement(topP);
        }

        var system = string.Join("\n\n", messages.Where(m => m.Role == ChatRole.System).Select(m => m.Text));
        var turns = messages.Where(m => m.Role != ChatRole.System)
            .Select(m => m.Role == ChatRole.Assistant
                ? (MessageParam)new AssistantMessageParam(m.Text)
                : new UserMessageParam(m.Text))
            .ToList();
        var result = new MessageCreateParams(new Dictionary<string, JsonElement>(), new Dictionary<string, JsonElement>(), raw)
        {
            Model = _model,
            MaxTokens = options?.MaxOutputTokens ?? DefaultMaxTokens,
            Messages = turns,
        };
        if (system.Length > 0)
        {
            result = result with { System = system };
        }

        if (options?.StopSequences is { Count: > 0 } stops)
        {
            result = result with { StopSequences = stops.ToList() };
        }

        return result;
    }
}
