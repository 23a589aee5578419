using System.Text.RegularExpressions;
using ValueAtlas.Cli.Tests.Evaluate;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests.Report;

public sealed class ReportTests(EvaluateInputsFixture inputs) : IClassFixture<EvaluateInputsFixture>
{
    [Fact]
    public async Task Report_FromEvaluateAndHarmonizeOutputs_AnswersBothQuestions_WithoutTheKey()
    {
        using var dir = new TempDirectory();
        await using var main = await FakeLlmServer.StartAsync();
        await using var replica = await FakeLlmServer.StartAsync();
        main.Responder = LetterScript.Respond;
        replica.Responder = LetterScript.Respond;
        var config = dir.Write("eval.yaml", ExampleConfig.Text(inputs, main, replica, limit: 13));
        var evaluate = await CliProcess.RunAsync(["evaluate", "--config", config, "--out", dir.File("eval")], ExampleConfig.Environment);
        Assert.True(evaluate.ExitCode == 0, evaluate.ToString());
        string[] args = ["report", "--results", dir.File("eval"), "--surveys", inputs.Goqa, "--out", dir.File("report"), "--resamples", "199", "--seed", "3"];

        var report = await CliProcess.RunAsync(args, ExampleConfig.Environment);

        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Equal(["charts", "metrics.json", "metrics.parquet", "report.html", "report.md"],
            Directory.EnumerateFileSystemEntries(dir.File("report")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var html = File.ReadAllText(dir.File("report/report.html"));
        var md = File.ReadAllText(dir.File("report/report.md"));
        var json = File.ReadAllText(dir.File("report/metrics.json"));

        // Similarity to Korea under DP, CP naming Korea, and each consistency measure the mc/open runs allow.
        Assert.Matches("<table id=\"korea-ranking-goqa-dp-en\">", html);
        Assert.Matches("<table id=\"korea-ranking-goqa-cp-[a-z]+-kr\">", html);
        Assert.Matches("<table id=\"consistency-ranking-paraphrase\">", html);
        Assert.Matches("<tr class=\"kr\">", html);
        Assert.Contains("<h2>1. 요약: 결과 먼저 <span class=\"alt\" lang=\"en\">1. The answer first</span></h2>", html, StringComparison.Ordinal);
        Assert.Matches("<table id=\"steerability-exaone---pvq---en\">", html);
        Assert.Contains("llama3-base", html, StringComparison.Ordinal);
        Assert.Matches("<td>llama3-base</td><td>base</td>", html);
        Assert.DoesNotMatch("https?://", html);
        Assert.All(Regex.Matches(md, @"\]\((charts/[^)]+)\)").Select(m => m.Groups[1].Value), link => Assert.True(File.Exists(Path.Combine(dir.File("report"), link)), link));

        // The key the endpoints were called with appears nowhere; endpoints show host and path only.
        var key = ExampleConfig.Environment["OPENAI_API_KEY"];
        foreach (var file in Directory.EnumerateFiles(dir.File("report"), "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(key, File.ReadAllText(file), StringComparison.Ordinal);
        }

        Assert.Contains($"{main.OpenAIBase.Host}:{main.OpenAIBase.Port}", json, StringComparison.Ordinal);
        Assert.Contains($"--results {dir.File("eval")} --surveys {inputs.Goqa} --out {dir.File("report")}", html, StringComparison.Ordinal);

        // The same command, the same numbers.
        var again = await CliProcess.RunAsync(args, ExampleConfig.Environment);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(json, File.ReadAllText(dir.File("report/metrics.json")));

        // Every setting reaches the report and its command line; English leads.
        var wasserstein = await CliProcess.RunAsync(
            ["report", "--results", dir.File("eval"), "--surveys", inputs.Goqa, "--out", dir.File("report-w"), "--measure", "wasserstein", "--log-base", "2", "--lang", "en", "--resamples", "99"]);
        Assert.True(wasserstein.ExitCode == 0, wasserstein.ToString());
        var english = File.ReadAllText(dir.File("report-w/report.html"));
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("--lang en --measure wasserstein --log-base 2 --resamples 99 --seed 0</code>", english, StringComparison.Ordinal);
        Assert.Contains("\"similarity_measure\": \"wasserstein\"", File.ReadAllText(dir.File("report-w/metrics.json")), StringComparison.Ordinal);

        // The same answers in two folders would count twice: refused, naming both, and the report left as it was.
        var twice = await CliProcess.RunAsync(["report", "--results", dir.File("eval"), "--results", dir.File("eval"), "--out", dir.File("report")]);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("is also answered in", twice.Stderr, StringComparison.Ordinal);
        Assert.Equal(json, File.ReadAllText(dir.File("report/metrics.json")));
    }

    [Fact]
    public async Task Report_WithoutEvaluateOutputs_ExitsTwo_NamingTheFile_AndWritesNothing()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("empty"));

        var result = await CliProcess.RunAsync(["report", "--results", dir.File("empty"), "--out", dir.File("report")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Path.Combine(dir.File("empty"), "distributions.parquet"), result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("report")));
    }

    [Fact]
    public async Task Report_WithUnknownLanguage_ExitsTwo()
    {
        using var dir = new TempDirectory();

        var result = await CliProcess.RunAsync(["report", "--results", dir.Path, "--out", dir.File("report"), "--lang", "fr"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lang fr: expected ko or en", result.Stderr, StringComparison.Ordinal);
    }
}
