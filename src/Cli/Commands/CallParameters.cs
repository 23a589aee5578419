using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm;

namespace ValueAtlas.Cli.Commands;

/// <summary>Sampling and output options shared by `llm ask` and `llm batch`.</summary>
public sealed class CallParameters
{
    private readonly Option<FileInfo?> _schema = new("--json-schema") { Description = "JSON schema file; the answer must be JSON of that shape (sent as response_format where the endpoint takes it)." };
    private readonly Option<int?> _logprobs = new("--logprobs") { Description = "Return the top K alternatives at each generated position." };
    private readonly Option<float?> _temperature = new("--temperature") { Description = "Sampling temperature; 0 for the most likely answer." };
    private readonly Option<int?> _maxTokens = new("--max-tokens") { Description = "Most tokens to generate." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _schema, _logprobs, _temperature, _maxTokens })
        {
            command.Options.Add(option);
        }
    }

    public ChatOptions ToChatOptions(ParseResult parse)
    {
        var options = new ChatOptions { Temperature = parse.GetValue(_temperature), MaxOutputTokens = parse.GetValue(_maxTokens) };
        if (options.Temperature is < 0 or > 2)
        {
            throw new UsageException($"--temperature must be between 0 and 2 (got {options.Temperature})");
        }

        if (options.MaxOutputTokens is <= 0)
        {
            throw new UsageException($"--max-tokens must be positive (got {options.MaxOutputTokens})");
        }

        if (parse.GetValue(_logprobs) is { } k)
        {
            if (k is < 1 or > 20)
            {
                throw new UsageException($"--logprobs must be between 1 and 20 (got {k})");
            }

            options.WithTopLogprobs(k);
        }

        return options;
    }

    public (JsonElement Schema, string Name)? Schema(ParseResult parse)
    {
        if (parse.GetValue(_schema) is not { } file)
        {
            return null;
        }

        if (!file.Exists)
        {
            throw new UsageException($"{file.FullName}: no such JSON schema file");
        }

        var schema = ReadSchema(file);
        var name = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String
            ? title.GetString()! : Path.GetFileNameWithoutExtension(file.Name);
        return (schema, SchemaName(name));
    }

    /// <summary>OpenAI accepts only [a-zA-Z0-9_-] in a schema name.</summary>
    private static string SchemaName(string name)
    {
        var cleaned = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_').ToArray());
        return cleaned.Length == 0 ? "answer" : cleaned;
    }

    private static JsonElement ReadSchema(FileInfo file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file.FullName));
            return document.RootElement.Clone();
        }
        catch (IOException e)
        {
            throw new UsageException($"{file.FullName}: cannot read the JSON schema: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{file.FullName}: not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}");
        }
    }
}
