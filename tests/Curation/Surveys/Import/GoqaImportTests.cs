using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Import;
using ValueAtlas.Formats;

namespace ValueAtlas.Curation.Tests.Surveys.Import;

public sealed class GoqaImportTests : IDisposable
{
    private static readonly string Subset = RepoRoot.File("datasets", "external", "globalopinionqa", "global_opinions_subset.json");
    private static readonly string Original = RepoRoot.File("tests", "Curation", "Surveys", "Import", "Fixtures", "goqa_original.csv");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Subset_WithBuiltInRegistry_Has1301QuestionsAndEvery130NamesMapped()
    {
        var tables = DistributionImport.Build(GoqaJsonReader.Read(Subset), CountryRegistry.BuiltIn);

        // The numbers the subset's README gives: 4,633 rows, 1,301 questions, 130 country names.
        Assert.Equal(4633, tables.Report.RowsRead);
        Assert.Equal(1301, tables.Report.Questions);
        Assert.Equal(1301, tables.Questions.Select(q => q.QuestionId).Distinct().Count());
        Assert.Equal(130, tables.Report.CountryNames.Count);
        Assert.All(tables.Questions, q => Assert.Matches("^goqa:[0-9a-f]{12}$", q.QuestionId));
        Assert.All(tables.Distributions, d => Assert.False(d.IsMissing));
        Assert.All(tables.Distributions, d => Assert.Null(d.N));
    }

    [Fact]
    public void Subset_KoreasTwoNames_Give93RowsUnderKR()
    {
        var set = GoqaJsonReader.Read(Subset);
        var tables = DistributionImport.Build(set, CountryRegistry.BuiltIn);

        Assert.Equal("KR", tables.Report.CountryNames["S. Korea"]);
        Assert.Equal("KR", tables.Report.CountryNames["South Korea"]);
        Assert.Equal(69, set.Answers.Count(a => a.CountryName == "S. Korea"));
        Assert.Equal(24, set.Answers.Count(a => a.CountryName == "South Korea"));
        Assert.Equal(93, tables.Distributions.Where(d => d.Country == "KR").Select(d => (d.QuestionId, d.Sample)).Distinct().Count());
    }

    [Fact]
    public void Subset_SharesNotSummingToOne_AreTheReadmesNineRowsFlaggedAndKept()
    {
        var tables = DistributionImport.Build(GoqaJsonReader.Read(Subset), CountryRegistry.BuiltIn);

        // The nine are one follow-up question's rows in nine countries, every share 0 (asked of nobody); the 680 other
        // rows that miss 1 do so by rounding and stay unflagged.
        Assert.Equal(9, tables.Report.FlaggedSums.Count);
        Assert.All(tables.Report.FlaggedSums, f => Assert.Equal(0, f.Sum));
        Assert.Single(tables.Report.FlaggedSums.Select(f => f.QuestionId).Distinct());
        var flaggedRows = tables.Distributions.Where(d => d.ShareSumOff).ToList();
        Assert.Equal(9 * 8, flaggedRows.Count);
        Assert.All(flaggedRows, d => Assert.Equal(0, d.Share));
    }

    [Fact]
    public void Subset_TwoSamplesOfOneCountry_StayApartBySample()
    {
        var tables = DistributionImport.Build(GoqaJsonReader.Read(Subset), CountryRegistry.BuiltIn);

        var brazil = tables.Distributions.Where(d => d.Country == "BR").Select(d => d.Sample).Distinct().Order().ToList();
        Assert.Equal([null, "Non-national sample"], brazil);
        Assert.Equal(
            tables.Distributions.Count,
            tables.Distributions.Select(d => (d.QuestionId, d.Country, d.Sample, d.OptionIndex)).Distinct().Count());
    }

    [Fact]
    public void OriginalCsvLayout_ReadsToTheSameIdsAndRowsAsTheJsonLayout()
    {
        var fromCsv = DistributionImport.Build(GoqaCsvReader.Read(Original), CountryRegistry.BuiltIn);
        var fromJson = DistributionImport.Build(GoqaJsonReader.Read(Subset), CountryRegistry.BuiltIn);

        var ids = fromCsv.Questions.Select(q => q.QuestionId).ToHashSet();
        Assert.Equal(4, ids.Count);
        Assert.Equal(
            fromJson.Questions.Where(q => ids.Contains(q.QuestionId)).Select(q => q with { Wave = "" }).OrderBy(q => q.QuestionId, StringComparer.Ordinal),
            fromCsv.Questions.Select(q => q with { Wave = "" }).OrderBy(q => q.QuestionId, StringComparer.Ordinal));
        Assert.Equal(["GAS", "WVS", "WVS", "GAS"], fromCsv.Questions.Select(q => q.Wave));
        Assert.Equal(
            fromJson.Options.Where(o => ids.Contains(o.QuestionId)).OrderBy(o => o.QuestionId, StringComparer.Ordinal).ThenBy(o => o.OptionIndex),
            fromCsv.Options.OrderBy(o => o.QuestionId, StringComparer.Ordinal).ThenBy(o => o.OptionIndex));
        Assert.Equal(
            Sorted(fromJson.Distributions.Where(d => ids.Contains(d.QuestionId))),
            Sorted(fromCsv.Distributions.Select(d => d with { Wave = "" })));
        Assert.Equal(9, fromCsv.Report.FlaggedSums.Count);
    }

    [Fact]
    public void OriginalCsvLayout_NumericOptions_AreWrittenInShortestForm()
    {
        var set = GoqaCsvReader.Read(Original);

        var scale = set.Questions.Single(q => q.TextEn.StartsWith("Some people say", StringComparison.Ordinal));
        Assert.Contains(scale.Options, o => o.TextEn == "1");
        Assert.DoesNotContain(scale.Options, o => o.TextEn.EndsWith(".0", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedSelections_FailsNamingTheRowColumnCharacterAndByteOffset()
    {
        var text = File.ReadAllText(Original);
        var broken = text.Replace("'Thailand': [", "'Thailand' [", StringComparison.Ordinal);
        Assert.NotEqual(text, broken);
        var path = _dir.Write("broken.csv", broken);

        var error = Assert.Throws<FileFormatException>(() => GoqaCsvReader.Read(path));

        var row = broken.IndexOf("\"Some people say", StringComparison.Ordinal);
        var field = broken.IndexOf("defaultdict", row, StringComparison.Ordinal);
        var character = broken.IndexOf("'Thailand' [", field, StringComparison.Ordinal) + "'Thailand' ".Length - field;
        Assert.Contains($"at byte {System.Text.Encoding.UTF8.GetByteCount(broken[..row])}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"row 2, column selections, character {character}: ':'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCountryNames_AreRefusedTogether_ListingEachWithWhereItIs()
    {
        var path = _dir.Write("rows.json", """
            [{"country": "Japan", "question": "Q?", "options": ["Yes", "No"], "distribution": [0.5, 0.5]},
             {"country": "Atlantis", "question": "Q?", "options": ["Yes", "No"], "distribution": [0.5, 0.5]},
             {"country": "Narnia", "question": "R?", "options": ["Yes", "No"], "distribution": [0.5, 0.5]},
             {"country": "Atlantis", "question": "R?", "options": ["Yes", "No"], "distribution": [0.5, 0.5]}]
            """);

        var error = Assert.Throws<ConfigException>(() => DistributionImport.Build(GoqaJsonReader.Read(path), CountryRegistry.BuiltIn));

        Assert.Contains("2 country names map to no country", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Atlantis\" (2 entries, first at row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Narnia\" (1 entry, first at row 3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Japan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParenthesisThatIsNoSample_IsPartOfTheName_NeverCutToGuessACountry()
    {
        var path = _dir.Write("rows.json", """
            [{"country": "Korea (DPRK)", "question": "Q?", "options": ["Yes", "No"], "distribution": [0.5, 0.5]},
             {"country": "Brazil (Non-national sample)", "question": "Q?", "options": ["Yes", "No"], "distribution": [0.5, 0.5]}]
            """);

        var error = Assert.Throws<ConfigException>(() => DistributionImport.Build(GoqaJsonReader.Read(path), CountryRegistry.BuiltIn));

        Assert.Contains("1 country name maps to no country", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Korea (DPRK)\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenRegistry_IsTheOneNamesMapThrough()
    {
        using var yaml = new StringReader("""
            countries:
              - alpha2: XA
                alpha3: XAA
                default_language: en
                names: { en: Atlantis }
                aliases: [Lost Continent]
            """);
        var registry = CountryRegistry.Parse(yaml, "test-registry.yaml");
        var path = _dir.Write("rows.json", """
            [{"country": "Lost Continent (Non-national sample)", "question": "Q?", "options": ["Yes", "No"], "distribution": [0.25, 0.75]}]
            """);

        var row = DistributionImport.Build(GoqaJsonReader.Read(path), registry).Distributions[1];

        Assert.Equal(("XA", "Non-national sample", "", 0.75), (row.Country, row.Sample, row.Wave, row.Share));
    }

    [Fact]
    public void SameQuestionAndCountryTwice_IsRefusedNamingBothRows()
    {
        var path = _dir.Write("rows.json", """
            [{"country": "Japan", "question": "Q?", "options": ["Yes", "No"], "distribution": [0.5, 0.5]},
             {"country": "JP", "question": "Q?", "options": ["Yes", "No"], "distribution": [0.4, 0.6]}]
            """);

        var error = Assert.Throws<ConfigException>(() => DistributionImport.Build(GoqaJsonReader.Read(path), CountryRegistry.BuiltIn));

        Assert.Contains("row 1 and row 2", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Sorted(IEnumerable<ValueAtlas.Curation.Surveys.Tables.DistributionRow> rows) =>
        [.. rows.Select(r => r.ToString()).Order(StringComparer.Ordinal)];
}
