using ValueAtlas.Evaluation.Report.Charts;

namespace ValueAtlas.Evaluation.Tests.Report;

public sealed class BarChartPlotTests
{
    private static BarChart Labelled(string label) => new()
    {
        Title = "제목",
        ValueAxis = "값",
        Bars = [new ChartBar(label, 0.5, 0.4, 0.6, Highlight: true), new ChartBar("x", 0.3)],
    };

    [Fact]
    public void Png_DrawsHangulGlyphs_NotBoxes()
    {
        // Tofu draws every missing glyph as the same box, so two different Korean labels of equal length come out as
        // the same picture; real glyphs differ. DejaVu (ScottPlot's default before a plot sets another font, which also
        // changes its global default) shows the failure this guards against.
        const string fallback = "DejaVu Sans";
        Assert.Equal(0, DifferentPixels(BarChartPlot.Png(Labelled("가나다라"), fallback), BarChartPlot.Png(Labelled("마바사아"), fallback)));

        Assert.True(DifferentPixels(BarChartPlot.Png(Labelled("가나다라")), BarChartPlot.Png(Labelled("마바사아"))) > 50);
    }

    // Pixels, not bytes: the encoder's bytes can differ for the same picture.
    private static int DifferentPixels(byte[] first, byte[] second)
    {
        using var a = SkiaSharp.SKBitmap.Decode(first);
        using var b = SkiaSharp.SKBitmap.Decode(second);
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        var count = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                count += a.GetPixel(x, y) == b.GetPixel(x, y) ? 0 : 1;
            }
        }

        return count;
    }

    [Fact]
    public void Png_IsAPngOfTheChartsSize()
    {
        var chart = Labelled("한국");

        var png = BarChartPlot.Png(chart);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal(BarChartPlot.HeightOf(chart), height);
    }

    [Fact]
    public void InlineSvg_HasKoreanFallbackFontsPrefixedIdsAndNoNamespaceUrl()
    {
        var svg = InlineSvg.Of(BarChartPlot.Svg(Labelled("한국")), "chart-a", "제목");

        Assert.StartsWith("<svg viewBox=\"0 0 760 ", svg, StringComparison.Ordinal);
        Assert.Contains($"font-family=\"{KoreanFont.SvgFallback}\"", svg, StringComparison.Ordinal);
        Assert.Matches(">\\s*한국\\s*</text>", svg);
        Assert.DoesNotContain("http", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        Assert.Matches("clip-path=\"url\\(#chart-a-", svg);
    }

    [Fact]
    public void KoreanFont_FoundInTheFirstFolderHoldingIt_AtAnyDepthAndCase()
    {
        using var dir = new TempDirectory();
        var empty = Directory.CreateDirectory(dir.File("empty")).FullName;
        var font = dir.Write("share/truetype/nanum/nanumgothic.TTF", "not really a font");

        Assert.Null(KoreanFont.Find([empty, dir.File("missing")]));
        Assert.Equal(font, KoreanFont.Find([empty, dir.File("share")]));
        Assert.EndsWith("NanumGothic.ttf", KoreanFont.Find(), StringComparison.OrdinalIgnoreCase);
    }
}
