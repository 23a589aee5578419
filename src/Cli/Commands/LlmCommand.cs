using System.CommandLine;

namespace ValueAtlas.Cli.Commands;

public static class LlmCommand
{
    public static Command Create()
    {
        var llm = new Command("llm", "Talk to a model through the gateway (cache, limits, retries, accounting).");
        llm.Subcommands.Add(LlmAskCommand.Create());
        llm.Subcommands.Add(LlmBatchCommand.Create());
        return llm;
    }
}
