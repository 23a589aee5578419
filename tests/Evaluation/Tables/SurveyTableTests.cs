using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Tables;
using ValueAtlas.Evaluation.Tests.Inputs;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Evaluation.Tests.Tables;

public sealed class SurveyTableTests
{
    private static Task<IReadOnlyList<SurveyDistribution>> Read(string path, SurveySide side, SurveyTableOptions? options = null) =>
        SurveyTable.ReadAsync(path, side, options ?? new SurveyTableOptions(), CancellationToken.None);

    [Fact]
    public async Task HarmonizedDistributions_DropMissingRows_PreferWeightedShare_AndKeepASecondSampleApart()
    {
        using var dir = new TempDirectory();
        var path = dir.File("distributions.parquet");
        await DuckDbTables.WriteAsync(path, """
            SELECT * FROM (VALUES
              ('goqa', 'pew', 'KR', CAST(NULL AS VARCHAR), 'goqa:q1', 0, '1', false, 60, 0.6, 0.55),
              ('goqa', 'pew', 'KR', CAST(NULL AS VARCHAR), 'goqa:q1', 1, '2', false, 40, 0.4, 0.45),
              ('goqa', 'pew', 'KR', CAST(NULL AS VARCHAR), 'goqa:q1', CAST(NULL AS INTEGER), '9', true, 5, 0.05, CAST(NULL AS DOUBLE)),
              ('goqa', 'pew', 'US', CAST(NULL AS VARCHAR), 'goqa:q1', 0, '1', false, 30, 0.3, CAST(NULL AS DOUBLE)),
              ('goqa', 'pew', 'US', CAST(NULL AS VARCHAR), 'goqa:q1', 1, '2', false, 70, 0.7, CAST(NULL AS DOUBLE)),
              ('goqa', 'pew', 'IN', 'Non-national sample', 'goqa:q1', 0, '1', false, 1, 1.0, CAST(NULL AS DOUBLE))
            ) t(source, wave, country, sample, question_id, option_index, option_code, is_missing, n, share, weighted_share)
            """);

        var human = await Read(path, SurveySide.Human);

        Assert.Equal(["KR", "US", "IN (Non-national sample)"], human.Select(h => h.Country));
        Assert.All(human, h => Assert.Null(h.Condition));
        Assert.Equal([0.55, 0.45], human[0].Options.Select(o => o.Share));
        Assert.Equal([0.3, 0.7], human[1].Options.Select(o => o.Share));
        Assert.Equal([(int?)0, 1], human[0].Options.Select(o => o.Index));
        Assert.Equal(["1", "2"], human[0].Options.Select(o => o.Code));
    }

    [Fact]
    public async Task EvaluateDistributions_AsTheModelSide_KeepSurveyKindsWithTheirConditions()
    {
        using var dir = new TempDirectory();
        var goqa = DistributionRows.Answer("m1", "dp", "goqa-dp", "goqa:q1", false, [0.8, 0.2])
            .Concat(DistributionRows.Answer("m1", "cp", "goqa-cp", "goqa:q1", false, [0.4, 0.6]).Select(r => r with { PromptCountry = "KR" }));
        await DistributionRows.WriteAsync(dir.Path, [.. DistributionRows.Sample(), .. goqa], TableFormat.ParquetAndJsonl);

        foreach (var file in new[] { "distributions.parquet", "distributions.jsonl" })
        {
            var model = await Read(dir.File(file), SurveySide.Model);

            Assert.Equal(2, model.Count);
            Assert.Equal(new AnswerCondition("m1", "goqa-dp", "ko", null, null), model[0].Condition);
            Assert.Equal(new AnswerCondition("m1", "goqa-cp", "ko", "KR", null), model[1].Condition);
            Assert.Equal("goqa:q1", model[0].QuestionId);
            Assert.Equal([0.8, 0.2], model[0].Options.Select(o => o.Share));
            Assert.All(model, m => Assert.Null(m.Country));
        }
    }

    [Fact]
    public async Task CountsWithoutCountryOrModel_AreOneUnnamedSide_MatchedByCode()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("counts.csv", "question_id,option_code,count\nq1,yes,30\nq1,no,10\nq2,yes,1\nq2,no,1\n");

        var human = await Read(path, SurveySide.Human);
        var model = await Read(path, SurveySide.Model);

        Assert.Equal(2, human.Count);
        Assert.All(human.Concat(model), d => Assert.Null(d.Country ?? (object?)d.Condition));
        Assert.Equal([30.0, 10.0], human[0].Options.Select(o => o.Share));
        Assert.Equal([null, null], human[0].Options.Select(o => o.Index));
    }

    [Fact]
    public async Task OptionsTable_GivesPositions_ByQuestionAndOptionIndex()
    {
        using var dir = new TempDirectory();
        var options = dir.File("options.parquet");
        await DuckDbTables.WriteAsync(options, """
            SELECT * FROM (VALUES ('q1', 0, '1', 1.0), ('q1', 1, '2', 2.5), ('q2', 0, '1', CAST(NULL AS DOUBLE)))
              t(question_id, option_index, option_code, position)
            """);
        var table = dir.Write("h.jsonl", """
            {"question_id": "q1", "country": "KR", "option_index": 0, "share": 0.5}
            {"question_id": "q1", "country": "KR", "option_index": 1, "share": 0.5}
            {"question_id": "q2", "country": "KR", "option_index": 0, "share": 1}
            """);

        var human = await Read(table, SurveySide.Human, new SurveyTableOptions { OptionsPath = options });

        Assert.Equal([1.0, 2.5], human[0].Options.Select(o => o.Position));
        Assert.Null(human[1].Options[0].Position);
    }

    [Fact]
    public async Task PositionColumn_InTheTable_IsUsedAsIs()
    {
        using var dir = new TempDirectory();
        var table = dir.Write("h.csv", "question_id,option_index,share,position\nq1,0,0.5,1\nq1,1,0.5,3\n");

        var human = await Read(table, SurveySide.Human);

        Assert.Equal([1.0, 3.0], human[0].Options.Select(o => o.Position));
    }

    [Fact]
    public async Task TableWithoutQuestionOrShare_IsRefused_NamingWhatItNeeds()
    {
        using var dir = new TempDirectory();
        var table = dir.Write("h.csv", "question,country,option_index\nq1,KR,0\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(table, SurveySide.Human));

        Assert.StartsWith($"{table}: no column 'question_id'; no column 'weighted_share', 'share', 'n' or 'count'", error.Message, StringComparison.Ordinal);
        Assert.Contains("the file has question, country, option_index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionTwiceForOneCountry_IsRefused_NamingTheLine()
    {
        using var dir = new TempDirectory();
        var table = dir.Write("h.csv", "question_id,country,option_index,share\nq1,KR,0,0.5\nq1,KR,0,0.5\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(table, SurveySide.Human));

        Assert.Contains($"{table}: line 3: option index 0 of question 'q1' for KR appears twice (first at line 2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelQuestionFromTwoRuns_IsRefused_UnlessOneIsChosen()
    {
        using var dir = new TempDirectory();
        await DistributionRows.WriteAsync(
            dir.Path,
            [.. DistributionRows.Answer("m1", "dp", "goqa-dp", "goqa:q1", false, [0.8, 0.2]), .. DistributionRows.Answer("m1", "dp2", "goqa-dp", "goqa:q1", false, [0.5, 0.5])],
            TableFormat.Parquet);
        var path = dir.File("distributions.parquet");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(path, SurveySide.Model));
        var chosen = await Read(path, SurveySide.Model, new SurveyTableOptions { Runs = ["dp2"] });

        Assert.Contains("run 'dp' (row 1) and by run 'dp2'", error.Message, StringComparison.Ordinal);
        Assert.Equal([0.5, 0.5], Assert.Single(chosen).Options.Select(o => o.Share));
    }
}
