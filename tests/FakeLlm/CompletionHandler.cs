using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ValueAtlas.FakeLlm;

/// <summary>Serves one LLM endpoint: records the request, picks the scripted or default reply, waits the latency, answers.</summary>
internal sealed class CompletionHandler(FakeLlmState state, ApiDialect dialect, CancellationToken stopping)
{
    private const string JsonContentType = "application/json";

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await ServeAsync(context);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (a timeout test); nothing is left to answer.
        }
    }

    private async Task ServeAsync(HttpContext context)
    {
        var body = await RequestRecorder.ReadBodyAsync(context.Request.BodyReader, context.RequestAborted);
        var recorded = RequestRecorder.Record(context.Request, body);
        var parsed = Parse(body);
        var rejection = parsed is null ? 400 : dialect == ApiDialect.AnthropicMessages && !HasCredentials(context.Request) ? 401 : 0;
        var reply = state.Arrive(recorded, takesReply: rejection == 0);

        if (!await DelayAsync(state.Latency, context))
        {
            return;
        }

        if (rejection != 0)
        {
            var message = rejection == 400 ? "Request body is not a JSON object." : "x-api-key or Authorization header is required.";
            await WriteErrorAsync(context, rejection, message);
            return;
        }

        while (reply is SlowReply slow)
        {
            if (!await DelayAsync(slow.Delay, context))
            {
                return;
            }

            reply = slow.Then;
        }

        if (parsed!.SchemaName is { } schemaName && IsHeaderSafe(schemaName))
        {
            context.Response.Headers["X-Fake-Schema-Name"] = schemaName;
        }

        switch (reply)
        {
            case ResetReply:
                context.Abort();
                break;
            case StatusReply status:
                await WriteStatusAsync(context, status);
                break;
            case JsonReply json:
                context.Response.StatusCode = json.StatusCode;
                context.Response.ContentType = JsonContentType;
                await WriteAsync(context, Encoding.UTF8.GetBytes(json.Body));
                break;
            case NonJsonReply:
                context.Response.ContentType = "text/html";
                await WriteAsync(context, "<html>bad gateway</html>"u8.ToArray());
                break;
            case TruncatedReply:
                var whole = AnswerBytes(Answers.For(null, parsed), parsed.Model);
                context.Response.ContentType = JsonContentType;
                await WriteAsync(context, whole.AsMemory(0, whole.Length / 2));
                break;
            default:
                context.Response.ContentType = JsonContentType;
                await WriteAsync(context, AnswerBytes(Answers.For(reply, parsed), parsed.Model));
                break;
        }
    }

    private ParsedRequest? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? ParsedRequest.From(document.RootElement, dialect) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The Anthropic SDK sends "Authorization: Bearer", curl users tend to send x-api-key: both count.
    private static bool HasCredentials(HttpRequest request) =>
        request.Headers.ContainsKey("x-api-key") || request.Headers.ContainsKey("Authorization");

    private static bool IsHeaderSafe(string value) => value.Length > 0 && value.All(c => c is >= ' ' and <= '~');

    private async Task<bool> DelayAsync(TimeSpan delay, HttpContext context)
    {
        if (delay <= TimeSpan.Zero)
        {
            return true;
        }

        // Shutdown cancels too, so disposing the server never waits out a Slow reply.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(delay, linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            context.Abort();
            return false;
        }
    }

    private byte[] AnswerBytes(Answer answer, string model)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions))
        {
            var sequence = state.NextSequence();
            switch (dialect)
            {
                case ApiDialect.OpenAIChat:
                    ChatCompletionBody.Write(writer, sequence, model, answer);
                    break;
                case ApiDialect.OpenAICompletions:
                    TextCompletionBody.Write(writer, sequence, model, answer);
                    break;
                default:
                    AnthropicMessageBody.Write(writer, sequence, model, answer);
                    break;
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private Task WriteStatusAsync(HttpContext context, StatusReply status)
    {
        if (status.RetryAfter is { } retryAfter)
        {
            var seconds = (long)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (status.Body is null)
        {
            return WriteErrorAsync(context, status.StatusCode, ErrorBody.DefaultMessage(status.StatusCode));
        }

        context.Response.StatusCode = status.StatusCode;
        var trimmed = status.Body.TrimStart();
        context.Response.ContentType = trimmed.StartsWith('{') || trimmed.StartsWith('[') ? JsonContentType : "text/plain";
        return WriteAsync(context, Encoding.UTF8.GetBytes(status.Body));
    }

    private Task WriteErrorAsync(HttpContext context, int statusCode, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions))
        {
            ErrorBody.Write(writer, dialect, statusCode, message);
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = JsonContentType;
        return WriteAsync(context, buffer.WrittenMemory);
    }

    private static Task WriteAsync(HttpContext context, ReadOnlyMemory<byte> body)
    {
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
