using System.Text.Json;

namespace ValueAtlas.FakeLlm;

/// <summary>Error JSON in the dialect of the path, so each SDK surfaces the message the way it would in production.</summary>
internal static class ErrorBody
{
    public static void Write(Utf8JsonWriter writer, ApiDialect dialect, int statusCode, string message)
    {
        writer.WriteStartObject();
        if (dialect == ApiDialect.AnthropicMessages)
        {
            writer.WriteString("type", "error");
            writer.WriteStartObject("error");
            writer.WriteString("type", AnthropicType(statusCode));
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("type", OpenAIType(statusCode));
            writer.WriteNull("param");
            writer.WriteString("code", OpenAICode(statusCode));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static string DefaultMessage(int statusCode) => $"fake-llm scripted status {statusCode}";

    private static string AnthropicType(int statusCode) => statusCode switch
    {
        400 => "invalid_request_error",
        401 => "authentication_error",
        403 => "permission_error",
        404 => "not_found_error",
        413 => "request_too_large",
        429 => "rate_limit_error",
        529 => "overloaded_error",
        _ => "api_error",
    };

    private static string OpenAIType(int statusCode) => statusCode switch
    {
        >= 400 and < 429 => "invalid_request_error",
        429 => "requests",
        _ => "server_error",
    };

    private static string OpenAICode(int statusCode) => statusCode switch
    {
        401 => "invalid_api_key",
        404 => "model_not_found",
        429 => "rate_limit_exceeded",
        >= 500 => "server_error",
        _ => "invalid_request_error",
    };
}
