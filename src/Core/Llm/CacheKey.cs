using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// SHA-256 over a canonical JSON of everything that shapes an answer: provider, endpoint, model, parameters, the
/// fully rendered messages and the response schema. The API key is deliberately not part of it: rotating a key
/// must not throw the cache away, and the key must never be derivable from anything stored.
/// </summary>
public static class CacheKey
{
    /// <summary>
    /// Stands for the endpoint in the key of a model written with <c>endpoints:</c> (replicas). Replicas serve one model, so
    /// the key names the model, not the replica: an answer from any replica is reused whichever replica the same request
    /// would go to next, and adding, removing or moving a replica keeps the cache. No URL can be this text, so it never
    /// meets a single-endpoint key.
    /// </summary>
    public const string Replicas = "replicas";

    private const int Version = 1;

    /// <summary>The key of a model with one endpoint: its URL is part of it, exactly as cache files written before replicas existed hold it.</summary>
    public static string Compute(string provider, Uri endpoint, string model, IEnumerable<ChatMessage> messages, ChatOptions? options) =>
        Compute(provider, EndpointIdentity(endpoint), model, messages, options);

    /// <param name="provider">The model entry's provider.</param>
    /// <param name="endpointIdentity">What the key names as the endpoint: <see cref="EndpointIdentity"/> of the one URL, or <see cref="Replicas"/>.</param>
    /// <param name="model">The model id.</param>
    /// <param name="messages">The fully rendered messages.</param>
    /// <param name="options">The call's parameters and response schema.</param>
    public static string Compute(string provider, string endpointIdentity, string model, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            json.WriteString("provider", provider);
            json.WriteString("endpoint", endpointIdentity);
            json.WriteString("model", model);
            WriteParameters(json, options);
            json.WriteStartArray("messages");
            foreach (var message in messages)
            {
                json.WriteStartArray();
                json.WriteStringValue(message.Role.Value);
                json.WriteStringValue(message.Text);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            if (options?.ResponseFormat is ChatResponseFormatJson format)
            {
                json.WriteStartObject("schema");
                json.WriteString("name", format.SchemaName);
                json.WritePropertyName("schema");
                if (format.Schema is { } schema)
                {
                    schema.WriteTo(json);
                }
                else
                {
                    json.WriteNullValue();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>A single endpoint as its key names it: the URL without a trailing slash, so both spellings share entries.</summary>
    public static string EndpointIdentity(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.ToString().TrimEnd('/');
    }

    private static void WriteParameters(Utf8JsonWriter json, ChatOptions? options)
    {
        json.WriteStartObject("parameters");
        WriteOptional(json, "temperature", options?.Temperature);
        WriteOptional(json, "top_p", options?.TopP);
        WriteOptional(json, "max_tokens", options?.MaxOutputTokens);
        WriteOptional(json, "seed", options?.Seed);
        WriteOptional(json, "top_logprobs", options.GetTopLogprobs());
        if (options?.StopSequences is { Count: > 0 } stops)
        {
            json.WriteStartArray("stop");
            foreach (var stop in stops)
            {
                json.WriteStringValue(stop);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }
}
