using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// Asks for JSON of a given schema, parses and validates it, and re-asks with the reasons a bounded number of times.
/// Where the endpoint takes <c>response_format</c> the schema goes there; otherwise it is spelled out in the prompt.
/// </summary>
public sealed class StructuredAsk(IChatClient client, int maxReasks, bool endpointTakesSchema)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
    };

    public async Task<StructuredResult<T>> AskAsync<T>(
        IEnumerable<ChatMessage> messages, JsonElement schema, string schemaName, IValidator<T>? validator, ChatOptions? options, CancellationToken cancellationToken)
        where T : class
    {
        var conversation = messages.ToList();
        options = options?.Clone() ?? new ChatOptions();
        if (endpointTakesSchema)
        {
            options.ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, schemaName);
        }
        else
        {
            conversation.Add(new ChatMessage(ChatRole.User, $"Answer with JSON only, matching this JSON schema:\n{schema.GetRawText()}"));
        }

        var total = new CallInfo { Cached = true };
        for (var ask = 1; ; ask++)
        {
            var response = await client.GetResponseAsync(conversation, options, cancellationToken).ConfigureAwait(false);
            total = Sum(total, response.GetCallInfo());
            var reasons = Check(response.Text, validator, out var value);
            if (reasons.Count == 0)
            {
                return new StructuredResult<T> { Value = value, RawText = response.Text, Asks = ask, Total = total };
            }

            if (ask > maxReasks)
            {
                return new StructuredResult<T> { RawText = response.Text, Reasons = reasons, Asks = ask, Total = total };
            }

            conversation.Add(new ChatMessage(ChatRole.Assistant, response.Text));
            conversation.Add(new ChatMessage(ChatRole.User,
                "Your answer could not be used:\n- " + string.Join("\n- ", reasons) + "\nAnswer again with only the corrected JSON."));
        }
    }

    private static List<string> Check<T>(string text, IValidator<T>? validator, out T? value)
        where T : class
    {
        value = null;
        if (!JsonAnswer.TryExtract(text, out var element))
        {
            return [text.Trim().Length == 0 ? "the answer was empty" : "the answer contains no JSON object or array"];
        }

        try
        {
            value = element.Deserialize<T>(Json);
        }
        catch (JsonException e)
        {
            return [$"the JSON does not have the expected shape: {e.Message}"];
        }

        if (value is null)
        {
            return ["the JSON was null"];
        }

        var errors = validator?.Validate(value).Errors.Select(e => e.ErrorMessage).ToList() ?? [];
        if (errors.Count > 0)
        {
            value = null;
        }

        return errors;
    }

    private static CallInfo Sum(CallInfo a, CallInfo b) => new()
    {
        Cached = a.Cached && b.Cached,
        Attempts = a.Attempts + b.Attempts,
        InputTokens = a.InputTokens + b.InputTokens,
        OutputTokens = a.OutputTokens + b.OutputTokens,
        Cost = a.Cost + b.Cost,
        LatencyMs = a.LatencyMs + b.LatencyMs,
        AnsweredAt = b.AnsweredAt ?? a.AnsweredAt,
    };
}
