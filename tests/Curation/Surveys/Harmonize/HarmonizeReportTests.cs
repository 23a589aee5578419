using System.Text.Json;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Harmonize;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

/// <summary>harmonize.json's provenance: input and crosswalk sizes and SHA-256 as sha256sum computes them, rows read.</summary>
public sealed class HarmonizeReportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Report_InputsAndCrosswalk_SizeAndSha256AsSha256sum()
    {
        await WvsFixture.WriteAsync(_dir);
        var crosswalk = WvsFixture.Crosswalk("wvs-map.yaml");

        await Harmonizer.RunAsync(new HarmonizeRequest(crosswalk, [_dir.File("wvs.sav"), _dir.File("wvs.csv")], _dir.File("out")), CountryRegistry.BuiltIn, CancellationToken.None);

        using var report = JsonDocument.Parse(File.ReadAllText(_dir.File("out/harmonize.json")));
        var root = report.RootElement;
        Assert.Equal(2 * WvsFixture.Rows, root.GetProperty("rows_read").GetInt64());
        var inputs = root.GetProperty("inputs").EnumerateArray().ToList();
        Assert.Equal(2, inputs.Count);
        foreach (var (input, file) in inputs.Zip(new[] { _dir.File("wvs.sav"), _dir.File("wvs.csv") }))
        {
            Assert.Equal(file, input.GetProperty("path").GetString());
            Assert.Equal(new FileInfo(file).Length, input.GetProperty("bytes").GetInt64());
            Assert.Equal(await Sha256sum(file), input.GetProperty("sha256").GetString());
            Assert.Equal(WvsFixture.Rows, input.GetProperty("rows").GetInt64());
        }

        Assert.Equal(await Sha256sum(crosswalk), root.GetProperty("crosswalk").GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task CountriesOption_UnknownCode_RefusedBeforeReading()
    {
        var error = await Assert.ThrowsAsync<ConfigException>(() => Harmonizer.RunAsync(
            new HarmonizeRequest(WvsFixture.Crosswalk("wvs-map.yaml"), [_dir.File("none.sav")], _dir.File("out"), ["KR", "XX"]),
            CountryRegistry.BuiltIn,
            CancellationToken.None));

        Assert.Contains("--countries: XX is not an ISO 3166", error.Message, StringComparison.Ordinal);
    }

    private async Task<string> Sha256sum(string file) => (await ExternalTool.RunAsync("sha256sum", _dir.Path, file)).Split(' ')[0];
}
