using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm;
using ValueAtlas.Formats;
using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Cli.Commands;

/// <summary>Maps what a command threw to a message on stderr and an exit code. Messages are redacted of any key.</summary>
public static class CommandErrors
{
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (ConfigException e)
        {
            // The one refusal: a config file, an option (UsageException is one) or an input the user must fix.
            return Fail(e.Message, ExitCodes.BadInput);
        }
        catch (Exception e) when (e is FileFormatException or UnsupportedValueException)
        {
            // Formats is a leaf below Core, so its refusal of a file cannot be a ConfigException; it says the same kind of thing.
            return Fail(e.Message, ExitCodes.BadInput);
        }
        catch (InvalidDataException e)
        {
            // A table or data file that is not what it should be (a missing column, a bad cell); the message names it.
            return Fail(e.Message, ExitCodes.BadInput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A path that is missing, a folder, or not readable or writable; the framework's messages name it.
            return Fail(FileProblem.Describe(e), ExitCodes.BadInput);
        }
        catch (System.Data.Common.DbException e)
        {
            // The review store (SQLite file or PostgreSQL server) could not be opened or refused a statement.
            return Fail($"review store: {e.Message}", ExitCodes.BadInput);
        }
        catch (LlmCallException e)
        {
            return Fail(e.Message + Hint(e), ExitCodes.EndpointFailed);
        }
    }

    private static string Hint(LlmCallException e) => e.Kind switch
    {
        LlmFailureKind.Connection => " (is the server running, and is the endpoint URL right?)",
        LlmFailureKind.RateLimited => " (the endpoint kept rate-limiting: lower --concurrency or try later)",
        LlmFailureKind.Timeout => " (raise --timeout, or check the server's load)",
        LlmFailureKind.Rejected when e.Status is 401 or 403 => " (check the API key in the variable named by --api-key-env)",
        LlmFailureKind.Rejected when e.Status is 404 => " (check the endpoint URL and the model name)",
        _ => "",
    };

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine("error: " + SecretRedactor.Redact(message));
        return code;
    }
}
