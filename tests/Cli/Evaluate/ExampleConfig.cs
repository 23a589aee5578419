using System.Text.RegularExpressions;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests.Evaluate;

/// <summary>
/// datasets/runs/eval.example.yaml as shipped, pointed at fake endpoints and the fixture's inputs, each run limited
/// to a few probes: the README's command on the README's inputs, without a GPU.
/// </summary>
internal static partial class ExampleConfig
{
    public static string Text(EvaluateInputsFixture inputs, FakeLlmServer main, FakeLlmServer replica, int limit = 3)
    {
        var text = File.ReadAllText(RepoRoot.File("datasets", "runs", "eval.example.yaml"));
        var a = main.OpenAIBase.ToString();
        var b = replica.OpenAIBase.ToString();
        text = text
            .Replace("cache: ../../.valueatlas/cache.sqlite", "cache: cache.sqlite", StringComparison.Ordinal)
            .Replace("[http://127.0.0.1:8001/v1, http://127.0.0.1:8002/v1]", $"[{a}, {b}]", StringComparison.Ordinal)
            .Replace("http://127.0.0.1:8000/v1", a, StringComparison.Ordinal)
            .Replace("http://127.0.0.1:8003/v1", a, StringComparison.Ordinal)
            .Replace("https://api.openai.com/v1", a, StringComparison.Ordinal)
            .Replace("../../imported/valueconsistency/items.jsonl", inputs.Items, StringComparison.Ordinal)
            .Replace("../../imported/pvq/items.jsonl", inputs.Pvq, StringComparison.Ordinal)
            .Replace("../../out/goqa", inputs.Goqa, StringComparison.Ordinal)
            .Replace("../../out/kovalplus", inputs.KoValPlus, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1:800", text, StringComparison.Ordinal);
        return KindLine().Replace(text, m => $"{m.Value}\n{m.Groups["indent"].Value}limit: {limit}");
    }

    /// <summary>What every run of the example yields when asked; the judge's key variable is set to a dummy.</summary>
    public static Dictionary<string, string> Environment { get; } = new() { ["OPENAI_API_KEY"] = "sk-test-not-a-real-key" };

    [GeneratedRegex(@"^(?<indent>\s+)kind: [a-z-]+$", RegexOptions.Multiline)]
    private static partial Regex KindLine();
}
