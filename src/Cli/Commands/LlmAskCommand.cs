using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using ValueAtlas.Cli.Output;
using ValueAtlas.Core.Llm;

namespace ValueAtlas.Cli.Commands;

/// <summary><c>valueatlas llm ask</c>: one prompt, one JSON object on stdout.</summary>
public static class LlmAskCommand
{
    public static Command Create()
    {
        var selection = new ModelSelection();
        var prompt = new Option<string>("--prompt") { Description = "The user message.", Required = true };
        var system = new Option<string?>("--system") { Description = "A system message." };
        var parameters = new CallParameters();
        var command = new Command("ask", """
            Send one prompt and print one JSON object: text, logprobs (per position, the top alternatives as {token, logprob}),
            usage {input, output}, cached, attempts, latency_ms, cost. With --json-schema also json, the parsed answer.
            Exit codes: 0 ok, 2 bad input or configuration, 3 the endpoint failed after retries.
            """)
        {
            prompt,
            system,
        };
        selection.AddTo(command);
        parameters.AddTo(command);
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var selected = selection.Resolve(parse, Environment.GetEnvironmentVariable);
            var options = parameters.ToChatOptions(parse);
            var schema = parameters.Schema(parse);
            using var scope = GatewayScope.Open(selected, Environment.GetEnvironmentVariable);
            var messages = new BatchPrompt("ask", parse.GetValue(prompt)!, parse.GetValue(system)).Messages();
            if (schema is not { } s)
            {
                var response = await scope.Gateway.Client.GetResponseAsync(messages, options, ct).ConfigureAwait(false);
                Console.Out.WriteLine(AnswerJson.Render(response));
                return ExitCodes.Ok;
            }

            var result = await scope.Gateway.Structured.AskAsync<JsonNode>(messages, s.Schema, s.Name, null, options, ct).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"error: no usable JSON after {result.Asks} ask(s): {string.Join("; ", result.Reasons)}");
                Console.Error.WriteLine("last answer: " + result.RawText);
                return ExitCodes.EndpointFailed;
            }

            var shown = new ChatResponse(new ChatMessage(ChatRole.Assistant, result.RawText));
            shown.SetCallInfo(result.Total);
            Console.Out.WriteLine(AnswerJson.Render(shown, result.Value));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
