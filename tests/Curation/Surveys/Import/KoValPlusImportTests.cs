using System.Globalization;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Import;
using ValueAtlas.Formats.Tables;
using ValueAtlas.Formats;

namespace ValueAtlas.Curation.Tests.Surveys.Import;

public sealed class KoValPlusImportTests : IDisposable
{
    private static readonly string KoValPlus = RepoRoot.File("datasets", "external", "kovalplus", "KoValPlus.json");

    // Python reads the same file: per question, its options in code order with their counts (0 when KR_selections lacks the code).
    private const string Oracle = """
        import json, sys
        d = json.load(open(sys.argv[1], encoding='utf-8'))
        for qs in d['WVS'].values():
            for q in qs:
                for code in sorted(q['Options'], key=int):
                    print(f"wvs7:{q['Q_index']}\t{code}\t{q['KR_selections'].get(code, 0)}")
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void KoValPlus_AlignedToWvs7Crosswalk_HasItsOptionsOrderAndPositions_AndTheSameCountsByCode()
    {
        var crosswalk = ValueAtlas.Curation.Surveys.Crosswalks.CrosswalkLoader.Load(RepoRoot.File("datasets", "surveys", "wvs7.yaml")).Crosswalk;
        var raw = DistributionImport.Build(KoValPlusReader.Read(KoValPlus), CountryRegistry.BuiltIn);

        var aligned = DistributionImport.Build(CrosswalkAlignment.Align(KoValPlusReader.Read(KoValPlus), crosswalk), CountryRegistry.BuiltIn);

        Assert.Equal(95, aligned.Questions.Count);
        var q241 = crosswalk.Questions.Single(q => q.Id == "Q241");
        Assert.Equal(q241.Options.Select(o => (o.Codes.Single(), o.Position)), aligned.Options.Where(o => o.QuestionId == "wvs7:Q241").Select(o => (o.OptionCode, o.Position)));
        Assert.Equal((0, "0", 0L), aligned.Distributions.Where(d => d.QuestionId == "wvs7:Q241").Select(d => (d.OptionIndex!.Value, d.OptionCode, d.N!.Value)).First());
        Assert.True(aligned.Questions.Single(q => q.QuestionId == "wvs7:Q241").Ordinal);
        Assert.Null(aligned.Questions.Single(q => q.QuestionId == "wvs7:Q256").TextKo);
        Assert.Equal(
            raw.Distributions.Where(d => d.N > 0).Select(d => (d.QuestionId, d.OptionCode, d.N)).Order(),
            aligned.Distributions.Where(d => d.N > 0).Select(d => (d.QuestionId, d.OptionCode, d.N)).Order());
        Assert.All(aligned.Distributions.GroupBy(d => d.QuestionId), g => Assert.Equal(1245, g.Sum(d => d.N!.Value)));
    }

    [Fact]
    public void KoValPlus_Has95Wvs7Questions_InKoreanAndEnglish()
    {
        var tables = DistributionImport.Build(KoValPlusReader.Read(KoValPlus), CountryRegistry.BuiltIn);

        Assert.Equal(95, tables.Questions.Count);
        Assert.All(tables.Questions, q => Assert.Matches("^wvs7:Q[0-9]+$", q.QuestionId));
        Assert.All(tables.Questions, q => Assert.Equal(("kovalplus", "7", "machine_translation"), (q.Source, q.Wave, q.TextKoOrigin)));
        var q46 = tables.Questions.Single(q => q.QuestionId == "wvs7:Q46");
        Assert.Equal("모든 것을 종합적으로 고려할 때, 당신은 다음 중 어느 것에 해당하나요?", q46.TextKo);
        Assert.Equal("매우 행복합니다", tables.Options.First(o => o.QuestionId == "wvs7:Q46").TextKo);
        Assert.All(tables.Distributions, d => Assert.Equal(("kovalplus", "7", "KR"), (d.Source, d.Wave, d.Country)));
    }

    [Fact]
    public void KoValPlus_CountsSumTo1245PerQuestion()
    {
        var tables = DistributionImport.Build(KoValPlusReader.Read(KoValPlus), CountryRegistry.BuiltIn);

        // Every one of the 95 questions: all 1,245 Korean respondents of WVS-7 are counted (KoValPlus left out the
        // missing codes, and none of its questions has any).
        var sums = tables.Distributions.GroupBy(d => d.QuestionId).ToDictionary(g => g.Key, g => g.Sum(d => d.N!.Value));
        Assert.Equal(95, sums.Count);
        Assert.All(sums, s => Assert.Equal(1245, s.Value));
        Assert.All(tables.Distributions, d => Assert.Equal(1245, d.ValidN));
    }

    [Fact]
    public async Task KoValPlus_ParquetReadByDuckDb_EqualsPythonsReadingOfTheJson()
    {
        var tables = DistributionImport.Build(KoValPlusReader.Read(KoValPlus), CountryRegistry.BuiltIn);
        await DistributionImport.WriteAsync(tables, _dir.Path, TableFormat.Parquet, CancellationToken.None);

        var expected = (await ImportOracle.PythonAsync(_dir.Path, Oracle.Replace("sys.argv[1]", ImportOracle.Quote(KoValPlus), StringComparison.Ordinal)))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .ToList();
        var ours = await ImportOracle.DuckDbAsync(
            _dir.File("distributions.parquet"),
            "SELECT question_id, option_code, n, valid_n, share, option_index FROM t ORDER BY question_id, option_index");

        var byKey = ours.ToDictionary(r => (r.GetProperty("question_id").GetString()!, r.GetProperty("option_code").GetString()!));
        Assert.Equal(expected.Count, ours.Length);
        foreach (var (id, code, count) in expected.Select(e => (e[0], e[1], e[2])))
        {
            var row = byKey[(id, code)];
            var n = long.Parse(row.GetProperty("n").GetString()!, CultureInfo.InvariantCulture);
            Assert.Equal(long.Parse(count, CultureInfo.InvariantCulture), n);
            Assert.Equal(n / 1245.0, row.GetProperty("share").GetDouble());
        }

        // Options are in code order, so option_index follows the WVS code (Q49's file order is 10 … 1).
        var q49 = ours.Where(r => r.GetProperty("question_id").GetString() == "wvs7:Q49").Select(r => r.GetProperty("option_code").GetString()).ToList();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i.ToString(CultureInfo.InvariantCulture)), q49);
    }

    [Fact]
    public void SelectionCodeWithoutOption_FailsNamingTheQuestionAndItsByteOffset()
    {
        var text = File.ReadAllText(KoValPlus);
        var q47 = text.IndexOf("\"Q_index\": \"Q47\"", StringComparison.Ordinal);
        var start = text.LastIndexOf('{', q47);
        var broken = text[..q47] + text[q47..].Replace("\"KR_selections\": {", "\"KR_selections\": {\"77\": 3, ", StringComparison.Ordinal);
        var path = _dir.Write("bad.json", broken);

        var error = Assert.Throws<FileFormatException>(() => KoValPlusReader.Read(path));

        Assert.Contains($"at byte {System.Text.Encoding.UTF8.GetByteCount(text[..start])}: WVS.happiness[1] (Q47)", error.Message, StringComparison.Ordinal);
        Assert.Contains("found 77", error.Message, StringComparison.Ordinal);
    }
}
