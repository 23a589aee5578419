using System.Text.RegularExpressions;
using ValueAtlas.Evaluation.Report;
using ValueAtlas.Evaluation.Tests.Inputs;

namespace ValueAtlas.Evaluation.Tests.Report;

public sealed class ReportOutputTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task WriteAsync_WritesHtmlMarkdownChartsAndMetrics_AndNothingBeside()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("report");

        var written = await ReportOutput.WriteAsync(folder, ReportSamples.Full(), Ct);

        Assert.Equal(["charts", "metrics.json", "metrics.parquet", "report.html", "report.md"],
            Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["report"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"), Ct);
        var figures = Regex.Matches(html, "<figure class=\"chart\" id=\"([^\"]+)\">\\s*<svg ").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(written.Charts, figures.Count);
        Assert.Equal(figures.Select(f => f + ".png").Order(StringComparer.Ordinal), Directory.GetFiles(Path.Combine(folder, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_SameSectionsAsHtml_ChartsLinkedRelatively_KoreaBold()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("report");
        await ReportOutput.WriteAsync(folder, ReportSamples.Full(), Ct);

        var md = await File.ReadAllTextAsync(Path.Combine(folder, "report.md"), Ct);

        Assert.StartsWith("# ValueAtlas 평가 보고서\n", md, StringComparison.Ordinal);
        Assert.Contains("## 1. 요약: 결과 먼저 · 1. The answer first\n", md, StringComparison.Ordinal);
        Assert.Contains("## 5. 출처와 재현 · 5. Provenance\n", md, StringComparison.Ordinal);
        foreach (var link in Regex.Matches(md, @"!\[[^\]]*\]\(([^)]+)\)").Select(m => m.Groups[1].Value))
        {
            Assert.StartsWith("charts/", link, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, link)), link);
        }

        Assert.Contains("| **2** | **대한민국 · South Korea (KR)** | **0.861** |", md, StringComparison.Ordinal);
        Assert.Contains("| 1 | exaone | 0.861 | [0.849, 0.872] | 2 / 4 | 2 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportSamples.Secret, md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricsParquet_ReadByDuckDb_HoldsEveryNumberWithItsKeys()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("report");
        await ReportOutput.WriteAsync(folder, ReportSamples.Full(), Ct);
        var file = Path.Combine(folder, "metrics.parquet");

        var families = await DuckDbTables.QueryAsync(file, "SELECT family, count(*)::INTEGER AS n FROM t GROUP BY family ORDER BY family");
        var korea = await DuckDbTables.QueryAsync(file,
            "SELECT model, mean, ci_low, ci_high, rank, rank_of, members FROM t WHERE family = 'similarity' AND prompt_kind = 'goqa-dp' AND country = 'KR' ORDER BY mean DESC");
        var paraphrase = await DuckDbTables.QueryAsync(file,
            "SELECT model, rank, rank_of, log_base FROM t WHERE family = 'consistency' AND measure = 'paraphrase' AND breakdown = 'model' ORDER BY rank");
        var controversial = await DuckDbTables.QueryAsync(file,
            "SELECT controversial, mean FROM t WHERE measure = 'paraphrase' AND breakdown = 'controversial,model' ORDER BY controversial");
        var topic = await DuckDbTables.QueryAsync(file, "SELECT topic_name FROM t WHERE breakdown = 'model,topic' AND topic = 'Death penalty' LIMIT 1");

        // 4 measures × (overall + 3 models + 2 controversial cells + 3 topics); 10 conditions × 4 countries; 11 values + a mean rank.
        Assert.Equal([("consistency", 36), ("similarity", 40), ("steerability", 12)],
            families.Select(r => (r.GetProperty("family").GetString(), r.GetProperty("n").GetInt32())));
        Assert.Equal(["exaone", "gpt-ko", "llama-base"], korea.Select(r => r.GetProperty("model").GetString()));
        Assert.Equal(0.861, korea[0].GetProperty("mean").GetDouble(), 12);
        Assert.Equal(0.861 - 0.0123, korea[0].GetProperty("ci_low").GetDouble(), 12);
        Assert.Equal((2, 4, 2), (korea[0].GetProperty("rank").GetInt32(), korea[0].GetProperty("rank_of").GetInt32(), korea[0].GetProperty("members").GetInt32()));
        Assert.Equal([("llama-base", 1), ("exaone", 2), ("gpt-ko", 3)], paraphrase.Select(r => (r.GetProperty("model").GetString(), r.GetProperty("rank").GetInt32())));
        Assert.All(paraphrase, r => Assert.Equal("e", r.GetProperty("log_base").GetString()));
        Assert.Equal([false, true], controversial.Select(r => r.GetProperty("controversial").GetBoolean()));
        Assert.Equal("사형제", topic[0].GetProperty("topic_name").GetString());
    }

    [Fact]
    public async Task MetricsJson_HasRowsAndProvenance_WithoutAnyKey()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("report");
        await ReportOutput.WriteAsync(folder, ReportSamples.Full(), Ct);

        var text = await File.ReadAllTextAsync(Path.Combine(folder, "metrics.json"), Ct);
        using var json = System.Text.Json.JsonDocument.Parse(text);

        Assert.DoesNotContain(ReportSamples.Secret, text, StringComparison.Ordinal);
        Assert.Equal(88, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal("gpu1.lab:8000/v1", json.RootElement.GetProperty("provenance").GetProperty("results")[0].GetProperty("endpoints")[0].GetProperty("endpoint").GetString());
        Assert.Equal(999, json.RootElement.GetProperty("settings").GetProperty("resamples").GetInt32());
    }

    [Fact]
    public async Task WriteAsync_Again_ReplacesChartsOfTheEarlierReport()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("report");
        await ReportOutput.WriteAsync(folder, ReportSamples.Full(), Ct);

        await ReportOutput.WriteAsync(folder, ReportSamples.Empty(), Ct);

        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "charts")));
        Assert.Contains("조향성 없음", await File.ReadAllTextAsync(Path.Combine(folder, "report.html"), Ct), StringComparison.Ordinal);
    }
}
