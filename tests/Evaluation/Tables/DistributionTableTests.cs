using System.Text;
using ValueAtlas.Evaluation.Tables;
using ValueAtlas.Evaluation.Tests.Inputs;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Evaluation.Tests.Tables;

public sealed class DistributionTableTests
{
    private static readonly DistributionTableOptions Consistency = new() { Required = DistributionTable.ConsistencyColumns };

    private static Task<IReadOnlyList<ValueAtlas.Evaluation.Metrics.AnswerDistribution>> Read(string path, DistributionTableOptions? options = null) =>
        DistributionTable.ReadAsync(path, options ?? Consistency, CancellationToken.None);

    [Fact]
    public async Task TableSinkParquet_GroupsOptionRowsIntoAnswers_WithTheirItemColumns()
    {
        using var dir = new TempDirectory();
        await DistributionRows.WriteAsync(dir.Path, DistributionRows.Sample(), TableFormat.Parquet);

        var answers = await Read(dir.File("distributions.parquet"));

        Assert.Equal(3, answers.Count);
        var paraphrase = answers.Single(a => a.ItemId == "q1_p1");
        Assert.Equal(("m1", "vc", "mc", "ko", "t1", "q1", true, 1, true), (paraphrase.Model, paraphrase.Run, paraphrase.PromptKind, paraphrase.Language, paraphrase.TopicId, paraphrase.OriginalId, paraphrase.IsParaphrase, paraphrase.FormIndex, paraphrase.Controversial));
        Assert.Equal("사형제", paraphrase.TopicName);
        Assert.Equal([0.6, 0.3, 0.1], paraphrase.Options.Select(o => o.Probability));
        Assert.Equal(["supports", "opposes", "neutral"], paraphrase.Options.Select(o => o.Stance));
        Assert.Null(paraphrase.SteerValue);
    }

    [Fact]
    public async Task SameRows_ReadEqual_FromParquetCsvAndJsonl()
    {
        using var csv = new TempDirectory();
        using var jsonl = new TempDirectory();
        await DistributionRows.WriteAsync(csv.Path, DistributionRows.Sample(), TableFormat.ParquetAndCsv);
        await DistributionRows.WriteAsync(jsonl.Path, DistributionRows.Sample(), TableFormat.ParquetAndJsonl);

        var fromParquet = DistributionRows.Json(await Read(csv.File("distributions.parquet")));

        Assert.Equal(fromParquet, DistributionRows.Json(await Read(csv.File("distributions.csv"))));
        Assert.Equal(fromParquet, DistributionRows.Json(await Read(jsonl.File("distributions.jsonl"))));
        Assert.Contains("사형제", fromParquet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuckDbParquet_WithInt64AndDoubleColumns_ReadsLikeOurs()
    {
        using var ours = new TempDirectory();
        await DistributionRows.WriteAsync(ours.Path, DistributionRows.Sample(), TableFormat.Parquet);
        var duck = ours.File("duck.parquet");

        // DuckDB and pandas widen integers to BIGINT and may write a nullable integer as DOUBLE and a flag as 0/1.
        await DuckDbTables.WriteAsync(duck, $"""
            SELECT * REPLACE (CAST(option_index AS BIGINT) AS option_index, CAST(form_index AS DOUBLE) AS form_index,
                              CAST(is_paraphrase AS INTEGER) AS is_paraphrase, CAST(n_queries AS BIGINT) AS n_queries)
            FROM read_parquet('{ours.File("distributions.parquet")}')
            """);

        Assert.Equal(DistributionRows.Json(await Read(ours.File("distributions.parquet"))), DistributionRows.Json(await Read(duck)));
    }

    [Fact]
    public async Task SameAnswerFromTwoRuns_IsRefused_NamingItemModelBothRunsAndTheRunOption()
    {
        using var dir = new TempDirectory();
        await DistributionRows.WriteAsync(dir.Path, [.. DistributionRows.Sample(run: "vc"), .. DistributionRows.Sample(run: "vc-again")], TableFormat.ParquetAndCsv);

        foreach (var file in new[] { "distributions.parquet", "distributions.csv" })
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(dir.File(file)));

            Assert.Contains(dir.File(file), error.Message, StringComparison.Ordinal);
            Assert.Contains("item 'q1' of model 'm1'", error.Message, StringComparison.Ordinal);
            Assert.Contains("run 'vc'", error.Message, StringComparison.Ordinal);
            Assert.Contains("run 'vc-again'", error.Message, StringComparison.Ordinal);
            Assert.Contains("--run", error.Message, StringComparison.Ordinal);
        }

        Assert.Contains("line 11", (await Assert.ThrowsAsync<InvalidDataException>(() => Read(dir.File("distributions.csv")))).Message, StringComparison.Ordinal);
        Assert.Contains("row 10", (await Assert.ThrowsAsync<InvalidDataException>(() => Read(dir.File("distributions.parquet")))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunFilter_KeepsOnlyTheNamedRuns()
    {
        using var dir = new TempDirectory();
        await DistributionRows.WriteAsync(dir.Path, [.. DistributionRows.Sample(run: "vc"), .. DistributionRows.Answer("m1", "vc-again", "mc", "q1", false, [0.1, 0.1, 0.8])], TableFormat.Parquet);

        var answers = await Read(dir.File("distributions.parquet"), Consistency with { Runs = ["vc-again"] });

        var only = Assert.Single(answers);
        Assert.Equal("vc-again", only.Run);
        Assert.Equal(0.8, only.Options[2].Probability);
    }

    [Fact]
    public async Task RunFilter_NamingNoRunOfTheTable_IsRefusedListingTheRuns()
    {
        using var dir = new TempDirectory();
        await DistributionRows.WriteAsync(dir.Path, DistributionRows.Sample(run: "vc"), TableFormat.Parquet);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(dir.File("distributions.parquet"), Consistency with { Runs = ["nope"] }));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("runs are vc", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionTwiceInOneRun_IsRefused()
    {
        using var dir = new TempDirectory();
        await DistributionRows.WriteAsync(dir.Path, [.. DistributionRows.Sample(), .. DistributionRows.Answer("m1", "vc", "mc", "q1", false, [0.3])], TableFormat.Parquet);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(dir.File("distributions.parquet")));

        Assert.Contains("option_index 0 of item 'q1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingColumn_IsRefused_NamingTheFileTheColumnAndWhatItHas()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("d.csv", "model,prompt_kind,language,item_id,option_index,probability\nm,mc,ko,q1,0,1\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(path));

        Assert.StartsWith(path + ": no column 'topic_id', 'original_id', 'is_paraphrase', 'stance'", error.Message, StringComparison.Ordinal);
        Assert.Contains("the file has model, prompt_kind", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("m,mc,ko,q1,zero,1", "'option_index' holds \"zero\"; expected an integer")]
    [InlineData("m,mc,ko,q1,0,lots", "'probability' holds \"lots\"; expected a number")]
    [InlineData("m,mc,ko,q1,0,-0.5", "'probability' holds -0.5; expected a probability ≥ 0")]
    [InlineData(",mc,ko,q1,0,1", "column 'model' is empty")]
    [InlineData("m,mc,ko,q1,0", "5 fields; expected 6")]
    public async Task BadCell_IsRefused_NamingFileLineAndColumn(string line, string expected)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("d.csv", $"model,prompt_kind,language,item_id,option_index,probability\nm,mc,ko,q0,0,1\n{line}\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(path, new DistributionTableOptions()));

        Assert.StartsWith(path + ": line 3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvThatIsNotUtf8_IsRefusedWithTheByteOffset()
    {
        using var dir = new TempDirectory();
        var path = dir.File("d.csv");
        var header = "model,prompt_kind,language,item_id,option_index,probability\nm,mc,ko,"u8.ToArray();
        await File.WriteAllBytesAsync(path, [.. header, 0xBB, 0xE7, .. ",0,1\n"u8.ToArray()]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(path, new DistributionTableOptions()));

        Assert.Contains($"{path}: at byte {header.Length}", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KoreanText_ComesThroughCsvAndJsonlIntact()
    {
        using var dir = new TempDirectory();
        var csv = dir.Write("d.csv", "model,prompt_kind,language,item_id,topic_name,option_index,probability\n모델,mc,ko,질문1,\"사형제, 폐지\",0,1\n");
        var jsonl = dir.Write("d.jsonl", """{"model":"모델","prompt_kind":"mc","language":"ko","item_id":"질문1","topic_name":"사형제, 폐지","option_index":0,"probability":1}""" + "\n");

        foreach (var path in new[] { csv, jsonl })
        {
            var answer = Assert.Single(await Read(path, new DistributionTableOptions()));

            Assert.Equal(("모델", "질문1", "사형제, 폐지"), (answer.Model, answer.ItemId, answer.TopicName));
        }
    }

    [Fact]
    public async Task ItemsFile_FillsTheMultilingualKey_OfATableWrittenBeforeIt()
    {
        using var dir = new TempDirectory();
        var items = dir.Write("items.jsonl", string.Join('\n', ItemLines.Family()) + "\n");
        var table = dir.Write("d.csv", """
            model,prompt_kind,language,item_id,topic_id,original_id,is_paraphrase,stance,option_index,probability
            m,mc,ko,q_ko,t_ko,,false,supports,0,1
            m,mc,en,q_en_p1,t_en,q_ko,true,supports,0,1
            m,mc,en,unknown,t_en,,false,supports,0,1
            """ + "\n");

        var withItems = await Read(table, Consistency with { ItemsPath = items });
        var without = await Read(table);

        Assert.All(without, a => Assert.Null(a.OriginalTextEn));
        var korean = withItems.Single(a => a.ItemId == "q_ko");
        var paraphrase = withItems.Single(a => a.ItemId == "q_en_p1");
        Assert.Equal(("An English question", 0, "사형제"), (korean.OriginalTextEn, korean.FormIndex, korean.TopicName));
        Assert.Equal(("An English question", 1), (paraphrase.OriginalTextEn, paraphrase.FormIndex));
        Assert.Null(withItems.Single(a => a.ItemId == "unknown").OriginalTextEn);
    }

    [Fact]
    public async Task ItemsFileThatDoesNotExist_IsAFileNotFound()
    {
        using var dir = new TempDirectory();
        await DistributionRows.WriteAsync(dir.Path, DistributionRows.Sample(), TableFormat.Parquet);

        await Assert.ThrowsAsync<FileNotFoundException>(() => Read(dir.File("distributions.parquet"), Consistency with { ItemsPath = dir.File("nope.jsonl") }));
    }

    [Fact]
    public async Task Encoding_OfTheCsvCopy_IsUtf8WithoutMark()
    {
        // The reader must not depend on a byte order mark: TableSink writes none, Excel's "CSV UTF-8" writes one.
        using var dir = new TempDirectory();
        var path = dir.File("d.csv");
        await File.WriteAllTextAsync(path, "model,prompt_kind,language,item_id,option_index,probability\n모델,mc,ko,q1,0,1\n", new UTF8Encoding(true));

        var answer = Assert.Single(await Read(path, new DistributionTableOptions()));

        Assert.Equal("모델", answer.Model);
    }
}
