using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ValueAtlas.Evaluation.Report.Model;
using ValueAtlas.Evaluation.Report.Rendering;
using ValueAtlas.Evaluation.Report.Sections;

namespace ValueAtlas.Evaluation.Tests.Report;

public sealed class HtmlReportTests
{
    private static string Render(ReportData data)
    {
        var document = ReportDocumentBuilder.Build(data);
        return HtmlReport.Render(document, document.Charts.ToDictionary(c => c.Id, c => $"<svg id=\"{c.Id}-svg\"></svg>"));
    }

    [Fact]
    public void Headings_KoreanFirst_ByDefault()
    {
        var html = Render(ReportSamples.Full());

        Assert.Contains("<html lang=\"ko\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>1. 요약: 결과 먼저 <span class=\"alt\" lang=\"en\">1. The answer first</span></h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>3. 일관성 (ValueConsistency) <span class=\"alt\" lang=\"en\">3. Consistency (ValueConsistency)</span></h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_EnglishFirst_WhenLanguageIsEn()
    {
        var html = Render(ReportSamples.Full(ReportLanguage.En));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>1. The answer first <span class=\"alt\" lang=\"ko\">1. 요약: 결과 먼저</span></h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void KoreaRanking_OrdersModelsBySimilarityToKorea_PerPromptKind()
    {
        var html = Render(ReportSamples.Full());

        var dp = HtmlTable.Rows(html, "korea-ranking-goqa-dp-en");
        Assert.Equal(["exaone", "gpt-ko", "llama-base"], dp.Select(r => r.Cells[1]));
        Assert.Equal(["1", "2", "3"], dp.Select(r => r.Cells[0]));
        Assert.Equal(["0.861", "[0.849, 0.872]"], dp[0].Cells.Skip(2).Take(2));
        var cp = HtmlTable.Rows(html, "korea-ranking-goqa-cp-en-kr");
        Assert.Equal(["gpt-ko", "exaone", "llama-base"], cp.Select(r => r.Cells[1]));
        var lp = HtmlTable.Rows(html, "korea-ranking-goqa-lp-ko");
        Assert.Equal(["gpt-ko", "exaone", "llama-base"], lp.Select(r => r.Cells[1]));
        Assert.DoesNotContain("korea-ranking-goqa-cp-en-us", html, StringComparison.Ordinal);
    }

    [Fact]
    public void KoreaRanking_ShowsKoreasRankAmongCountries()
    {
        var html = Render(ReportSamples.Full());

        // JP is 0.02 above Korea in every sample condition: Korea is second of four.
        Assert.All(HtmlTable.Rows(html, "korea-ranking-goqa-dp-en"), r => Assert.Equal("2 / 4", r.Cells[4]));
    }

    [Fact]
    public void ConditionWithoutSharedQuestions_SaysSo_InsteadOfAnEmptyTableOrChart()
    {
        var html = Render(ReportSamples.Full());

        Assert.Contains("CP 국가 지정 · ko · prompt_country KR: 한국 응답자와 공유하는 문항이 없습니다 (exaone).", html, StringComparison.Ordinal);
        Assert.Contains("exaone · CP 국가 지정 · ko · prompt_country KR: 설문과 공유하는 문항이 없습니다 (건너뛴 문항 3개).", html, StringComparison.Ordinal);
        Assert.DoesNotContain("korea-ranking-goqa-cp-ko-kr", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-countries-exaone-goqa-cp-ko-kr", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsistencyRanking_LowestFirst_PerMeasure()
    {
        var html = Render(ReportSamples.Full());

        Assert.Equal(["llama-base", "exaone", "gpt-ko"], HtmlTable.Rows(html, "consistency-ranking-paraphrase").Select(r => r.Cells[1]));
        Assert.Equal(["gpt-ko", "exaone", "llama-base"], HtmlTable.Rows(html, "consistency-ranking-topic").Select(r => r.Cells[1]));
        Assert.Equal("base", HtmlTable.Rows(html, "consistency-ranking-paraphrase")[0].Cells[2]);
    }

    [Fact]
    public void CountryTables_HighlightKoreaAndOnlyKorea()
    {
        var html = Render(ReportSamples.Full());

        var rows = HtmlTable.Rows(html, "countries-exaone-goqa-dp-en");
        var korea = Assert.Single(rows, r => r.Korea);
        Assert.Equal("2", korea.Cells[0]);
        Assert.Equal("대한민국 · South Korea (KR)", korea.Cells[1]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void ConsistencyTables_ShowRandomBoundsControversialBaseVsChatAndKoreanTopics()
    {
        var html = Render(ReportSamples.Full());

        Assert.Contains("0.465", html, StringComparison.Ordinal);
        Assert.Contains("0.564", html, StringComparison.Ordinal);
        var controversial = HtmlTable.Rows(html, "consistency-controversial");
        Assert.Equal(["패러프레이즈 비일관성", "exaone", "0.300 [0.290, 0.312] (40)", "0.100 [0.090, 0.112] (40)", "+0.200"], controversial[0].Cells);
        var kinds = HtmlTable.Rows(html, "consistency-base-chat");
        Assert.Equal(["base", "chat"], kinds.Take(2).Select(r => r.Cells[1]));
        Assert.Equal("exaone, gpt-ko", kinds[1].Cells[2]);
        var topics = HtmlTable.Rows(html, "topics-paraphrase");
        Assert.Equal(("사형제", "Death penalty"), (topics[0].Cells[2], topics[0].Cells[3]));
        Assert.Equal("가장 비일관적", topics[2].Cells[1]);
        Assert.Equal("안락사", topics[2].Cells[2]);
    }

    [Fact]
    public void Steerability_OneRowPerValue_WithKoreanNames()
    {
        var html = Render(ReportSamples.Full());

        var rows = HtmlTable.Rows(html, "steerability-gpt-ko---pvq---ko");
        Assert.Equal(11, rows.Count);
        Assert.Equal(["자기주도", "self-direction", "0", "0.000", "2"], rows[0].Cells);
    }

    [Fact]
    public void Page_LoadsNothing_StrictCspAndNoUrl()
    {
        var html = Render(ReportSamples.Full());

        var csp = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">");
        Assert.True(csp.Success);
        Assert.StartsWith("default-src 'none'; ", csp.Groups[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp.Groups[1].Value, StringComparison.Ordinal);
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", csp.Groups[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value), href => Assert.StartsWith("#", href, StringComparison.Ordinal));
    }

    [Fact]
    public void Provenance_EndpointHostAndPathOnly_NoKeyAnywhere()
    {
        var html = Render(ReportSamples.Full());

        Assert.DoesNotContain(ReportSamples.Secret, html, StringComparison.Ordinal);
        Assert.Equal(["gpt-ko", "gpu1.lab:8000/v1", "120", "0", "0"], HtmlTable.Rows(html, "provenance-endpoints")[0].Cells);
        Assert.Contains(">korean-values/1.0.0/items.jsonl<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/somewhere/", html, StringComparison.Ordinal);
        Assert.Equal([("goqa-dp.en", "abcdefabcdef"), ("mc.ko", "1a2b3c4d5e6f"), ("persona.en", "0123456789ab")],
            HtmlTable.Rows(html, "provenance-templates").Select(r => (r.Cells[0], r.Cells[1])));
        Assert.Contains("<pre><code>valueatlas report --results results/eval --surveys out/goqa --out out/report --lang ko</code></pre>", html, StringComparison.Ordinal);
        var total = HtmlTable.Rows(html, "provenance-models")[^1];
        Assert.Equal(("240", "0.1234"), (total.Cells[4], total.Cells[9]));
    }

    [Fact]
    public void Text_FromTheData_IsEscaped()
    {
        var data = ReportSamples.Full() with { Title = "<script>alert('x')</script> & 가치" };

        var html = Render(data);

        Assert.Contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 가치</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyReport_EverySectionSaysItHasNoData()
    {
        var html = Render(ReportSamples.Empty());

        Assert.Contains("한국과의 유사도 없음", html, StringComparison.Ordinal);
        Assert.Contains("국가별 유사도 없음", html, StringComparison.Ordinal);
        Assert.Contains("일관성 지표 없음", html, StringComparison.Ordinal);
        Assert.Contains("조향성 없음", html, StringComparison.Ordinal);
        Assert.Contains("평가 결과 폴더가 없습니다", html, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Matches(html, "<section id=").Count);
        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
    }
}
