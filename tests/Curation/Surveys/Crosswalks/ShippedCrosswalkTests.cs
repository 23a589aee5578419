using System.Text.Json;
using ValueAtlas.Curation.Surveys.Crosswalks;

namespace ValueAtlas.Curation.Tests.Surveys.Crosswalks;

/// <summary>
/// The crosswalks shipped in datasets/surveys load without errors, and wvs7.yaml says what its sources say: the
/// codebook (read here straight from its CSV) and KoValPlus (read here straight from its JSON).
/// </summary>
public sealed class ShippedCrosswalkTests
{
    private static readonly string SurveysFolder = RepoRoot.File("datasets", "surveys");

    public static TheoryData<string> ShippedFiles() => new(FileNames());

    private static IEnumerable<string> FileNames() =>
        Directory.GetFiles(SurveysFolder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Shipped_crosswalk_loads_without_errors(string file)
    {
        var loaded = CrosswalkLoader.Load(Path.Combine(SurveysFolder, file));

        Assert.NotEmpty(loaded.Crosswalk.Questions);
        Assert.False(string.IsNullOrWhiteSpace(loaded.Crosswalk.Codebook));
    }

    [Fact]
    public void The_four_verifiable_sources_each_ship_a_crosswalk()
    {
        var sources = FileNames().Select(file => CrosswalkLoader.Load(Path.Combine(SurveysFolder, file)).Crosswalk.Source);

        Assert.Subset(sources.ToHashSet(), new HashSet<string> { "wvs7", "pew-global-2019", "issp-2020-environment", "abs-w5" });
    }

    [Fact]
    public void Wvs7_has_every_answer_coded_q_variable_of_the_codebook_with_its_codes_and_labels()
    {
        var codebook = WvsCodebook.Read();
        var crosswalk = Wvs7();
        var questions = crosswalk.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);

        var coded = codebook.Where(v => v.Key != "B_COUNTRY" && v.Value.Count(c => c.Code >= 0) >= 2).Select(v => v.Key).ToList();
        Assert.Equal(336 - 4, coded.Count);
        Assert.Equal(coded, crosswalk.Questions.Select(q => q.Id));
        foreach (var variable in coded)
        {
            var question = questions[variable];
            var expected = codebook[variable].Where(c => c.Code >= 0).ToList();
            var written = question.Options.Select(o => (Code: Assert.Single(o.Codes), Label: o.En))
                .Concat((question.Missing ?? []).Where(m => !m.Code.StartsWith('-')).Select(m => (m.Code, Label: m.Label ?? "")))
                .OrderBy(c => int.Parse(c.Code, System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            // Two labels carry an old item number ("89.- 7 persons or more"); the crosswalk drops it.
            Assert.Equal(expected.Select(c => (c.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Text.RegularExpressions.Regex.Replace(c.Label, @"^\d+\.-\s*", ""))), written);
        }
    }

    [Fact]
    public async Task Wvs7_yaml_is_exactly_what_its_generator_writes()
    {
        // Hand edits to the generated file would be lost on the next run; --check compares without writing.
        var output = await ExternalTool.RunAsync("python3", RepoRoot.Path, "scripts/surveys/wvs7_crosswalk.py", "--check");

        Assert.Equal("", output);
    }

    [Fact]
    public void Wvs7_leaves_out_only_q_variables_without_answer_codes_and_says_so_in_its_header()
    {
        var text = File.ReadAllText(Path.Combine(SurveysFolder, "wvs7.yaml"));
        var left = WvsCodebook.Read().Where(v => v.Key != "B_COUNTRY" && v.Value.Count(c => c.Code >= 0) < 2).Select(v => v.Key).ToList();

        Assert.Equal(["Q223_ABREV", "Q223_LOCAL", "Q261", "Q262"], left);
        var header = text[..text.IndexOf("source:", StringComparison.Ordinal)];
        Assert.All(left, variable => Assert.Contains(variable + " (", header, StringComparison.Ordinal));
    }

    [Fact]
    public void Wvs7_carries_the_korean_wording_of_the_kovalplus_questions_marked_machine_translated_but_the_three_kovalplus_words_wrongly()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoRoot.File("datasets", "external", "kovalplus", "KoValPlus.json")));
        var questions = Wvs7().Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var kovalplus = json.RootElement.GetProperty("WVS").EnumerateObject().SelectMany(c => c.Value.EnumerateArray()).ToList();

        Assert.Equal(95, kovalplus.Count);
        // KoValPlus asks Q256, Q257 and Q259 as agreement although their options are closeness (Q256's Korean options too).
        string[] skipped = ["Q256", "Q257", "Q259"];
        foreach (var id in skipped)
        {
            Assert.Null(questions[id].Text.Ko);
            Assert.StartsWith("Feel close to", questions[id].Text.En, StringComparison.Ordinal);
        }

        foreach (var item in kovalplus.Where(i => !skipped.Contains(i.GetProperty("Q_index").GetString())))
        {
            var question = questions[item.GetProperty("Q_index").GetString()!];
            Assert.Equal(item.GetProperty("Questions_KR").GetString()!.Trim(), question.Text.Ko);
            Assert.Equal(KoreanOrigins.MachineTranslation, question.Text.KoOrigin);
            foreach (var option in item.GetProperty("Options_KR").EnumerateObject())
            {
                // An off-scale code moved to the question's missing codes (Q254's 5) has no option to carry its Korean text.
                var ours = question.Options.SingleOrDefault(o => o.Codes.Single() == option.Name);
                Assert.True(ours is not null || question.Missing!.Any(m => m.Code == option.Name), $"{question.Id} code {option.Name}");
                Assert.Equal(option.Value.GetString(), ours?.Ko ?? option.Value.GetString());
            }
        }

        Assert.Equal(92, questions.Values.Count(q => q.Text.Ko is not null));
    }

    [Fact]
    public void Wvs7_ten_point_scales_keep_their_unlabelled_middle_codes_as_options_named_by_the_code()
    {
        var q106 = Wvs7().Questions.Single(q => q.Id == "Q106");

        Assert.True(q106.Ordinal);
        Assert.Equal(["Incomes more equal", "2", "3", "4", "5", "6", "7", "8", "9", "Larger income differences"], q106.Options.Select(o => o.En));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (double)i), q106.Options.Select(o => o.Position!.Value));
    }

    [Fact]
    public void Wvs7_hand_checked_overrides_reorder_and_move_off_scale_codes()
    {
        var questions = Wvs7().Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);

        // Q56 codes: 1 better off, 2 worse off, 3 about the same; options are written in scale order.
        Assert.Equal(["1", "3", "2"], questions["Q56"].Options.Select(o => o.Codes.Single()));
        Assert.Equal([1d, 2, 3], questions["Q56"].Options.Select(o => o.Position!.Value));
        Assert.Equal(("-5", "not_applicable"), questions["Q217"].Missing!.Select(m => (m.Code, m.Meaning)).Single());
        Assert.Equal(("5", "not_applicable"), questions["Q254"].Missing!.Select(m => (m.Code, m.Meaning)).Single());
        Assert.Equal(["1", "2", "3", "4"], questions["Q254"].Options.Select(o => o.Codes.Single()));
        Assert.False(questions["Q7"].Ordinal);
        Assert.False(questions["Q289"].Ordinal);
        Assert.True(questions["Q47"].Ordinal);
    }

    [Fact]
    public void Wvs7_maps_countries_by_iso_numeric_code_with_korea_as_410()
    {
        var crosswalk = Wvs7();

        Assert.Equal(("B_COUNTRY", CountryCodes.IsoNumeric), (crosswalk.Country.Variable, crosswalk.Country.Codes));
        Assert.Equal(("W_WEIGHT", "D_INTERVIEW"), (crosswalk.Weight, crosswalk.RespondentId));
        Assert.Equal(["-1", "-2", "-3", "-4", "-5"], crosswalk.Missing!.Select(m => m.Code));
        Assert.Equal(410, WvsCodebook.Read()["B_COUNTRY"].Single(c => c.Label == "South Korea").Code);
    }

    private static Crosswalk Wvs7() => CrosswalkLoader.Load(Path.Combine(SurveysFolder, "wvs7.yaml")).Crosswalk;
}
