using System.Buffers;
using System.Text.Json;

namespace ValueAtlas.FakeLlm;

/// <summary>The one place routes are mapped, used by both <see cref="FakeLlmServer"/> and the standalone Program.</summary>
internal static class FakeLlmEndpoints
{
    public static void Map(WebApplication app, FakeLlmState state)
    {
        var stopping = app.Lifetime.ApplicationStopping;

        // Typed as RequestDelegate so minimal-API parameter binding (and its per-request cost) is skipped.
        RequestDelegate chat = new CompletionHandler(state, ApiDialect.OpenAIChat, stopping).HandleAsync;
        RequestDelegate completions = new CompletionHandler(state, ApiDialect.OpenAICompletions, stopping).HandleAsync;
        RequestDelegate messages = new CompletionHandler(state, ApiDialect.AnthropicMessages, stopping).HandleAsync;
        RequestDelegate health = context => context.Response.WriteAsync("ok", context.RequestAborted);
        RequestDelegate unknown = context => NotFoundAsync(context, state);

        app.MapPost("/v1/chat/completions", chat);
        app.MapPost("/v1/completions", completions);
        app.MapPost("/v1/messages", messages);
        app.MapGet("/health", health);
        app.MapFallback(unknown);
    }

    // Recorded so a test that posts to a wrong URL can see what it sent; never consumes a scripted reply.
    private static async Task NotFoundAsync(HttpContext context, FakeLlmState state)
    {
        var body = await RequestRecorder.ReadBodyAsync(context.Request.BodyReader, context.RequestAborted);
        state.Arrive(RequestRecorder.Record(context.Request, body), takesReply: false);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions))
        {
            ErrorBody.Write(writer, ApiDialect.OpenAIChat, StatusCodes.Status404NotFound, $"fake-llm does not serve {context.Request.Method} {context.Request.Path}");
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }
}
