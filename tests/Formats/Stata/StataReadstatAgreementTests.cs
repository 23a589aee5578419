using System.Text.Json;
using ValueAtlas.Formats.Stata;
using ValueAtlas.Formats.Tests.Spss;

namespace ValueAtlas.Formats.Tests.Stata;

/// <summary>
/// Our reader against readstat on .dta files readstat wrote: from pspp's survey .sav (Korean labels, user-missing
/// codes, system-missing, long strings) and from CSV with JSON metadata, where declared missing codes become .a/.b.
/// </summary>
public sealed class StataReadstatAgreementTests
{
    [Fact]
    public void SurveyFromSav_ObservationsMatchReadstatCsv()
    {
        using var directory = new TempDirectory();
        StataTools.PsppToDta(directory, SpssFixtures.Survey(), "unc.sav", "survey.dta");
        var expected = StataTools.ReadstatCsv(directory, "survey.dta");

        using var reader = StataReader.Open(directory.File("survey.dta"));
        var observations = reader.ReadObservations().ToList();

        Assert.Equal(expected[0], reader.File.Variables.Select(v => v.Name).ToArray());
        Assert.Equal(expected.Count - 1, observations.Count);
        for (var row = 0; row < observations.Count; row++)
        {
            for (var column = 0; column < reader.File.Variables.Count; column++)
            {
                StataExpected.AssertReadstat(expected[row + 1][column], observations[row][column], $"row {row + 1} {reader.File.Variables[column].Name}");
            }
        }

        Assert.Equal(SpssFixtures.VeryLong, observations[0].Values[^1]);
    }

    [Fact]
    public void SurveyFromSav_HeaderMatchesReadstatSummary()
    {
        using var directory = new TempDirectory();
        StataTools.PsppToDta(directory, SpssFixtures.Survey(), "unc.sav", "survey.dta");
        var summary = StataTools.ReadstatSummary(directory, "survey.dta");

        var file = StataReader.ReadMetadata(directory.File("survey.dta"));

        Assert.Contains($"Format version: {file.Version}\n", summary, StringComparison.Ordinal);
        Assert.Contains($"Byte order: {(file.BigEndian ? "big" : "little")}-endian", summary, StringComparison.Ordinal);
        Assert.Contains($"Rows: {file.ObservationCount}\n", summary, StringComparison.Ordinal);
        Assert.Contains($"Columns: {file.Variables.Count}\n", summary, StringComparison.Ordinal);
        Assert.Contains($"Timestamp: {file.Timestamp}", summary, StringComparison.Ordinal);
        Assert.Equal(118, file.Version);
    }

    [Fact]
    public void LabelledSav_DictionaryMatchesExtractMetadata()
    {
        using var directory = new TempDirectory();
        StataTools.PsppToDta(directory, StataFixtures.NumericLabels, "labels.sav", "labels.dta");
        var expected = StataTools.ExtractMetadata(directory, "labels.dta").GetProperty("variables").EnumerateArray().ToList();

        var file = StataReader.ReadMetadata(directory.File("labels.dta"));

        AssertDictionary(expected, file);
        Assert.Contains(file.Variables, v => v is { Name: "trust", Label: "정부 신뢰" });
        Assert.Contains(file.Variables.Single(v => v.Name == "gender").ValueLabels, l => l.Label == "무응답");
    }

    [Fact]
    public void TaggedMissing_ObservationsMatchPandasAndReadstat()
    {
        using var directory = TaggedFile();
        var pandas = StataTools.PandasDump(directory, "tagged.dta").GetProperty("tagged.dta").GetProperty("rows").EnumerateArray().ToList();
        var csv = StataTools.ReadstatCsv(directory, "tagged.dta");

        using var reader = StataReader.Open(directory.File("tagged.dta"));
        var observations = reader.ReadObservations().ToList();

        Assert.Equal(pandas.Count, observations.Count);
        for (var row = 0; row < observations.Count; row++)
        {
            var cells = pandas[row].EnumerateArray().ToList();
            for (var column = 0; column < cells.Count; column++)
            {
                Assert.Equal(StataExpected.FromPandas(cells[column]), observations[row][column]);
                StataExpected.AssertReadstat(csv[row + 1][column], observations[row][column], $"row {row + 1} column {column}");
            }
        }

        Assert.Equal([new StataMissing('a'), new StataMissing('b'), null], observations.Skip(1).Take(3).Select(o => o[2]));
    }

    [Fact]
    public void TaggedMissing_LabelsOfMissingCodesMatchExtractMetadata()
    {
        using var directory = TaggedFile();
        var expected = StataTools.ExtractMetadata(directory, "tagged.dta").GetProperty("variables").EnumerateArray().ToList();

        var file = StataReader.ReadMetadata(directory.File("tagged.dta"));

        AssertDictionary(expected, file);
        Assert.Equal(
            [(1.0, "낮음"), (2.0, "높음"), (new StataMissing('a'), "모름"), (new StataMissing('b'), "거절")],
            file.Variables[2].ValueLabels.Select(l => (l.Code, l.Label)));
    }

    [Fact]
    public async Task ManyObservations_StreamAndMatchReadstat()
    {
        using var directory = new TempDirectory();
        StataTools.PsppToDta(directory, SpssFixtures.ManyCases, "many.sav", "many.dta");
        var expected = StataTools.ReadstatCsv(directory, "many.dta");

        using var reader = StataReader.Open(directory.File("many.dta"));
        var row = 0;
        await foreach (var observation in reader.ReadObservationsAsync(CancellationToken.None))
        {
            row++;
            StataExpected.AssertReadstat(expected[row][0], observation[0], $"row {row} n");
            StataExpected.AssertReadstat(expected[row][1], observation[1], $"row {row} s");
        }

        Assert.Equal(20000, row);
        Assert.Equal(expected.Count - 1, row);
    }

    [Fact]
    public async Task ReadObservationsAsync_HonoursCancellation()
    {
        using var directory = new TempDirectory();
        StataTools.PsppToDta(directory, SpssFixtures.ManyCases, "many.sav", "many.dta");
        using var reader = StataReader.Open(directory.File("many.dta"));
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var observation in reader.ReadObservationsAsync(cancel.Token))
            {
                Assert.NotNull(observation);
            }
        });
    }

    private static TempDirectory TaggedFile()
    {
        var directory = new TempDirectory();
        directory.Write("tagged.csv", StataFixtures.TaggedCsv + "\n");
        directory.Write("tagged.json", StataFixtures.TaggedMetadata);
        StataTools.Run("readstat", directory.Path, "tagged.csv", "tagged.json", "tagged.dta");
        return directory;
    }

    private static void AssertDictionary(List<JsonElement> expected, StataFile file)
    {
        Assert.Equal(expected.Count, file.Variables.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var reference = expected[i];
            var variable = file.Variables[i];
            Assert.Equal(reference.GetProperty("name").GetString(), variable.Name);
            Assert.Equal(reference.GetProperty("type").GetString() == "NUMERIC", variable.IsNumeric);
            Assert.Equal(reference.TryGetProperty("label", out var label) ? label.GetString() : "", variable.Label);
            var categories = reference.TryGetProperty("categories", out var list)
                ? list.EnumerateArray().Select(c => (Code(c.GetProperty("code")), c.GetProperty("label").GetString())).ToList()
                : [];
            Assert.Equal(categories, variable.ValueLabels.Select(l => (l.Code, (string?)l.Label)).ToList());
        }
    }

    // extract_metadata writes a numeric code as a number and .a–.z as the string ".a".
    private static object? Code(JsonElement code) =>
        code.ValueKind == JsonValueKind.Number ? code.GetDouble() : new StataMissing(code.GetString()![1]);
}
