using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenAI;
using MeaiMessage = Microsoft.Extensions.AI.ChatMessage;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// <see cref="IChatClient"/> over the legacy <c>/v1/completions</c> endpoint, which base models (no chat template) need.
/// The SDK keeps its completions types internal, so the request goes raw through the SDK's pipeline.
/// </summary>
public sealed class CompletionsChatAdapter : ChatAdapter
{
    private static readonly PipelineMessageClassifier OkOnly = PipelineMessageClassifier.Create(stackalloc ushort[] { 200 });

    private readonly OpenAIClient _client;
    private readonly Uri _uri;
    private readonly string _model;

    public CompletionsChatAdapter(Uri endpoint, string model, string? apiKey, TimeProvider time)
        : base("openai-completions", endpoint, model, time)
    {
        _model = model;
        _uri = new Uri(endpoint.ToString().TrimEnd('/') + "/completions");
        _client = new OpenAIClient(OpenAIPipeline.Credential(apiKey), OpenAIPipeline.Options(endpoint, Http));
    }

    /// <summary>A base model continues text: the messages are joined into one prompt, roles dropped.</summary>
    public static string RenderPrompt(IEnumerable<MeaiMessage> messages) => string.Join("\n\n", messages.Select(m => m.Text));

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<MeaiMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var probe = HttpProbe.Begin(Time);
        using var message = _client.Pipeline.CreateMessage();
        message.Request.Method = "POST";
        message.Request.Uri = _uri;
        message.Request.Headers.Set("Content-Type", "application/json");
        message.Request.Content = BinaryContent.Create(BinaryData.FromString(RequestBody(RenderPrompt(messages), options)));
        message.ResponseClassifier = OkOnly;

        // The token must ride on the message: the pipeline's SendAsync takes none, and without it a per-attempt
        // timeout or Ctrl+C would never reach the socket of a hung server.
        message.Apply(new RequestOptions { CancellationToken = cancellationToken });
        JsonDocument document;
        try
        {
            await _client.Pipeline.SendAsync(message).ConfigureAwait(false);
            var response = message.Response!;
            if (response.IsError)
            {
                throw AdapterErrors.FromStatus(response.Status, probe.RetryAfter, response.Content.ToString(), new ClientResultException(response));
            }

            document = JsonDocument.Parse(response.Content);
        }
        catch (ClientResultException e)
        {
            throw AdapterErrors.FromStatus(e.Status == 0 ? probe.Status : e.Status, probe.RetryAfter, e.Message, e);
        }
        catch (Exception e) when (AdapterErrors.IsTransport(e, cancellationToken))
        {
            throw AdapterErrors.FromTransport(e);
        }

        using (document)
        {
            try
            {
                return CompletionsResponse.Parse(document.RootElement);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or FormatException)
            {
                throw AdapterErrors.FromTransport(new JsonException($"not a completions response: {e.Message}", e));
            }
        }
    }

    private string RequestBody(string prompt, ChatOptions? options)
    {
        var body = new JsonObject { ["model"] = _model, ["prompt"] = prompt };
        if (options?.MaxOutputTokens is { } max)
        {
            body["max_tokens"] = max;
        }

        if (options?.Temperature is { } temperature)
        {
            body["temperature"] = temperature;
        }

        if (options?.TopP is { } topP)
        {
            body["top_p"] = topP;
        }

        if (options?.Seed is { } seed)
        {
            body["seed"] = seed;
        }

        if (options?.StopSequences is { Count: > 0 } stops)
        {
            body["stop"] = new JsonArray(stops.Select(s => (JsonNode?)s).ToArray());
        }

        if (options.GetTopLogprobs() is { } k)
        {
            body["logprobs"] = k;
        }

        return body.ToJsonString();
    }
}
