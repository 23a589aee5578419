using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.AI;
using ValueAtlas.Cli.Output;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Llm;

namespace ValueAtlas.Cli.Commands;

/// <summary>
/// <c>valueatlas llm batch</c>: many prompts through one gateway. Each answer is printed the moment it returns (and is
/// already in the cache by then), so an interrupted batch re-run with the same --cache pays for nothing twice.
/// </summary>
public static class LlmBatchCommand
{
    public static Command Create()
    {
        var selection = new ModelSelection();
        var input = new Option<FileInfo>("--in") { Description = "JSONL prompts, one {\"id\", \"prompt\", \"system\"?} per line.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Also write all answers, in input order, to this JSONL file (atomically, at the end)." };
        var parameters = new CallParameters();
        var command = new Command("batch", """
            Send every prompt of a JSONL file; print one JSON line per answer as it arrives (the ask shape plus id),
            or {"id", "error"} for a prompt whose calls all failed. A summary goes to stderr.
            Exit codes: 0 all answered, 2 bad input or configuration, 3 some prompts failed.
            """)
        {
            input,
            output,
        };
        selection.AddTo(command);
        parameters.AddTo(command);
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var prompts = await BatchInput.ReadAsync(parse.GetValue(input)!, ct).ConfigureAwait(false);
            var selected = selection.Resolve(parse, Environment.GetEnvironmentVariable);
            var options = parameters.ToChatOptions(parse);
            using var scope = GatewayScope.Open(selected, Environment.GetEnvironmentVariable);
            var lines = new string[prompts.Count];
            var failed = 0;
            var stdout = new Lock();
            var answered = 0L;
            var work = Parallel.ForEachAsync(
                Enumerable.Range(0, prompts.Count),
                new ParallelOptions { MaxDegreeOfParallelism = selected.Config.MaxConcurrency, CancellationToken = ct },
                async (index, token) =>
                {
                    var line = await AnswerAsync(scope.Gateway, prompts[index], options, token).ConfigureAwait(false);
                    if (line.Failed)
                    {
                        Interlocked.Increment(ref failed);
                    }

                    lines[index] = line.Json;
                    lock (stdout)
                    {
                        Console.Out.WriteLine(line.Json);
                        Console.Out.Flush();
                        answered++;
                    }
                });

            await RunProgress.TrackAsync("batch", prompts.Count, () => Interlocked.Read(ref answered), Finish(work), allowBar: Console.IsOutputRedirected).ConfigureAwait(false);
            if (parse.GetValue(output) is { } file)
            {
                await AtomicFile.WriteAllTextAsync(file.FullName, string.Join('\n', lines) + "\n", ct).ConfigureAwait(false);
            }

            var usage = scope.Gateway.Ledger.For(selected.Name);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{prompts.Count} prompts: {usage.CacheHits} from cache, {usage.Calls - usage.CacheHits} sent ({usage.Attempts} attempts), {failed} failed; tokens in {usage.InputTokens}, out {usage.OutputTokens}; cost {usage.Cost:0.####}"));
            return failed == 0 ? ExitCodes.Ok : ExitCodes.EndpointFailed;
        }));
        return command;
    }

    private static async Task<bool> Finish(Task work)
    {
        await work.ConfigureAwait(false);
        return true;
    }

    private static async Task<(string Json, bool Failed)> AnswerAsync(LlmGateway gateway, BatchPrompt prompt, ChatOptions options, CancellationToken ct)
    {
        var messages = prompt.Messages();
        try
        {
            var response = await gateway.Client.GetResponseAsync(messages, options, ct).ConfigureAwait(false);
            return (AnswerJson.Render(response, id: prompt.Id), false);
        }
        catch (LlmCallException e)
        {
            return (AnswerJson.RenderError(prompt.Id, e), true);
        }
    }
}
