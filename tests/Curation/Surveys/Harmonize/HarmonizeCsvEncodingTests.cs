using System.Text;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Harmonize;
using ValueAtlas.Formats.Tables;
using ValueAtlas.Formats;
using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

/// <summary>A legacy Korean CSV (CP949) with countries written as Korean names: read when named, refused as UTF-8.</summary>
public sealed class HarmonizeCsvEncodingTests : IDisposable
{
    private const string Csv = """
        B_COUNTRY,D_INTERVIEW,W_WEIGHT,Q1,Q2,Q46
        대한민국,1,1.5,1,2,3
        대한민국,2,0.5,2,4,1
        미국,3,1,1,-1,2
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Cp949Csv_WithEncodingNamed_CountriesByKoreanNames()
    {
        var (crosswalk, csv) = Write();

        await Harmonizer.RunAsync(
            new HarmonizeRequest(crosswalk, [csv], _dir.File("out"), Format: TableFormat.ParquetAndCsv, CsvEncoding: CsvSource.EncodingNamed("cp949")),
            CountryRegistry.BuiltIn,
            CancellationToken.None);

        var rows = DistributionsCsv.Read(_dir.File("out/distributions.csv"));
        var q1 = rows.Where(r => r.QuestionId == "wvs7:Q1" && r.Country == "KR" && !r.IsMissing).ToList();
        Assert.Equal([1L, 1, 0, 0], q1.Select(r => r.N!.Value));
        Assert.Equal([0.75, 0.25, 0, 0], q1.Select(r => r.WeightedShare!.Value));
        Assert.Contains(rows, r => r.Country == "US" && r.QuestionId == "wvs7:Q1" && r.OptionCode == "1" && r.N == 1);
    }

    [Fact]
    public async Task Cp949Csv_ReadAsUtf8_RefusedNamingTheLine()
    {
        var (crosswalk, csv) = Write();

        var error = await Assert.ThrowsAsync<FileFormatException>(() =>
            Harmonizer.RunAsync(new HarmonizeRequest(crosswalk, [csv], _dir.File("out")), CountryRegistry.BuiltIn, CancellationToken.None));

        Assert.Contains("UTF-8 text on line 2", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.File("out")));
    }

    private (string Crosswalk, string Csv) Write()
    {
        var yaml = File.ReadAllText(WvsFixture.Crosswalk("wvs-map.yaml"))
            .Replace("  codes: map\n  map: { \"410\": KR, \"840\": US, \"392\": JP, \"276\": DE }", "  codes: names", StringComparison.Ordinal);
        Assert.Contains("codes: names", yaml, StringComparison.Ordinal);
        var csv = _dir.File("korean.csv");
        File.WriteAllBytes(csv, CodePagesEncoding().GetBytes(Csv + "\n"));
        return (_dir.Write("names.yaml", yaml), csv);
    }

    private static Encoding CodePagesEncoding() => CsvSource.EncodingNamed("cp949")!;
}
