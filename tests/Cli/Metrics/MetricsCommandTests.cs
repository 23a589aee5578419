namespace ValueAtlas.Cli.Tests.Metrics;

/// <summary><c>valueatlas metrics</c> run as a process on small tables: JSON shapes, text, and every refusal with exit 2.</summary>
public sealed class MetricsCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Refused(CliResult result)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        return Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task ConsistencyJson_HasTheBriefsKeys_ForEveryMeasureAndCell()
    {
        var table = _dir.Write("d.csv", MetricsTables.Consistency());

        var result = await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table, "--json", "--resamples", "199", "--by", "model,prompt_kind"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json.AsObject();
        Assert.Equal(["log_base", "resamples", "seed", "by", "ignored_answers", "paraphrase", "topic", "use_case", "multilingual"], json.Select(p => p.Key));
        Assert.Equal(("e", 199, 0), ((string)json["log_base"]!, (int)json["resamples"]!, (int)json["seed"]!));
        foreach (var measure in new[] { "paraphrase", "topic", "use_case", "multilingual" })
        {
            var score = json[measure]!.AsObject();
            Assert.Equal(["mean", "ci95", "groups", "members", "singletons", "breakdown"], score.Select(p => p.Key));
            Assert.Equal(1, (int)score["groups"]!);
            var cell = score["breakdown"]!.AsArray()[0]!.AsObject();
            Assert.Equal(["keys", "mean", "ci95", "groups", "members", "singletons"], cell.Select(p => p.Key));
            Assert.Equal(["model", "prompt_kind"], cell["keys"]!.AsObject().Select(p => p.Key));
        }

        Assert.Equal("mc+open", (string)json["use_case"]!["breakdown"]![0]!["keys"]!["prompt_kind"]!);
    }

    [Fact]
    public async Task ConsistencyText_ShowsEachMeasure_WithTheRandomBounds()
    {
        var table = _dir.Write("d.csv", MetricsTables.Consistency());

        var result = await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table, "--resamples", "199"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var expected in new[] { "paraphrase", "topic", "use_case", "multilingual", "0.4645 / 0.5641", "ci95 low", "singletons", "paraphrase by model, prompt_kind" })
        {
            Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ConsistencyWithUnknownBy_IsRefused_ListingTheDimensions()
    {
        var table = _dir.Write("d.csv", MetricsTables.Consistency());

        var result = await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table, "--by", "model,colour"]);

        Assert.Equal(
            "error: --by model,colour: unknown dimension 'colour'; expected some of model, prompt_kind, language, country, controversial, topic, persona, prompt_country",
            Refused(result));
    }

    [Fact]
    public async Task ConsistencyWithAMissingColumn_IsRefused_NamingTheFileAndColumn()
    {
        var table = _dir.Write("d.csv", "model,prompt_kind,language,item_id,option_index,probability\nm,mc,en,q1,0,1\n");

        var line = Refused(await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table]));

        Assert.StartsWith($"error: {table}: no column 'topic_id', 'original_id', 'is_paraphrase', 'stance'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsistencyWithABadCell_IsRefused_NamingTheLineAndColumn()
    {
        var table = _dir.Write("d.jsonl", """
            {"model":"m","prompt_kind":"mc","language":"en","item_id":"q1","topic_id":"t","original_id":null,"is_paraphrase":false,"stance":"supports","option_index":0,"probability":1}
            {"model":"m","prompt_kind":"mc","language":"en","item_id":"q2","topic_id":"t","original_id":null,"is_paraphrase":"perhaps","stance":"opposes","option_index":1,"probability":0}
            """);

        var line = Refused(await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table]));

        Assert.Equal($"error: {table}: line 2: column 'is_paraphrase' holds \"perhaps\"; expected true or false", line);
    }

    [Fact]
    public async Task ConsistencyOverTwoRuns_IsRefused_UntilOneIsChosenWithRun()
    {
        var table = _dir.Write("d.csv", MetricsTables.Consistency("first") + string.Concat(MetricsTables.Consistency("second").Split('\n').Skip(1).Select(l => l.Length > 0 ? l + "\n" : "")));

        var refused = await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table]);
        var chosen = await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table, "--run", "second", "--json", "--resamples", "99"]);

        var line = Refused(refused);
        Assert.Contains("item 'q1' of model 'm'", line, StringComparison.Ordinal);
        Assert.Contains("run 'first' (line 2) and by run 'second'", line, StringComparison.Ordinal);
        Assert.Contains("--run first or --run second", line, StringComparison.Ordinal);
        Assert.True(chosen.ExitCode == 0, chosen.ToString());
    }

    [Theory]
    [InlineData("--log-base", "10", "error: --log-base 10: expected e or 2")]
    [InlineData("--resamples", "0", "error: --resamples 0: expected a number of resamples ≥ 1")]
    public async Task ConsistencyWithABadOption_IsRefused_NamingIt(string option, string value, string expected)
    {
        var table = _dir.Write("d.csv", MetricsTables.Consistency());

        Assert.Equal(expected, Refused(await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table, option, value])));
    }

    [Fact]
    public async Task ConsistencyOfAMissingFile_IsRefused_SayingWhatWasExpected()
    {
        var line = Refused(await CliProcess.RunAsync(["metrics", "consistency", "--distributions", _dir.File("nope.parquet")]));

        Assert.Equal($"error: {_dir.File("nope.parquet")}: no such file (expected evaluate's distributions table (distributions.parquet, .csv or .jsonl))", line);
    }

    [Fact]
    public async Task ConsistencyWithoutTheMultilingualKey_SaysHowToGiveIt_OnStderrOnly()
    {
        var table = _dir.Write("d.csv", "model,prompt_kind,language,item_id,topic_id,original_id,is_paraphrase,stance,option_index,probability\nm,mc,en,q1,t,,false,supports,0,1\n");

        var result = await CliProcess.RunAsync(["metrics", "consistency", "--distributions", table, "--json", "--resamples", "99"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("--items items.jsonl", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, (int)result.Json["multilingual"]!["groups"]!);
        Assert.Null(result.Json["multilingual"]!["mean"]);
    }

    [Fact]
    public async Task ConsistencyHelp_SaysWhichColumnsTheTableNeeds()
    {
        var result = await CliProcess.RunAsync(["metrics", "consistency", "--help"]);

        foreach (var expected in new[] { "model, prompt_kind, language, item_id, option_index, probability, topic_id, original_id, is_paraphrase, stance", "--items", "--run", "--by" })
        {
            Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SimilarityJson_HasTheBriefsKeys_AndTheIssuesTopLevelCountries()
    {
        var model = _dir.Write("model.csv", MetricsTables.Model);
        var human = _dir.Write("human.csv", MetricsTables.Human);

        var result = await CliProcess.RunAsync(["metrics", "similarity", "--model", model, "--human", human, "--json", "--resamples", "99"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json.AsObject();
        Assert.Equal(["measure", "log_base", "resamples", "seed", "results", "countries"], json.Select(p => p.Key));
        var only = json["results"]!.AsArray().Single()!.AsObject();
        Assert.Equal(["model", "prompt_kind", "language", "prompt_country", "persona", "skipped_questions", "countries"], only.Select(p => p.Key));
        Assert.Equal(("m", "goqa-dp", "en"), ((string)only["model"]!, (string)only["prompt_kind"]!, (string)only["language"]!));
        var first = json["countries"]!.AsArray()[0]!.AsObject();
        Assert.Equal(["country", "mean", "ci95", "rank", "questions"], first.Select(p => p.Key));
        Assert.Equal(("KR", 1), ((string)first["country"]!, (int)first["rank"]!));
        Assert.Equal(["q1", "q2"], first["questions"]!.AsArray().Select(q => (string)q!["question_id"]!));
    }

    [Fact]
    public async Task SimilarityText_MarksKorea_AndStatesItsRank()
    {
        var model = _dir.Write("model.csv", MetricsTables.Model);
        var human = _dir.Write("human.csv", MetricsTables.Human);

        var result = await CliProcess.RunAsync(["metrics", "similarity", "--model", model, "--human", human, "--resamples", "99"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Korea (KR) ranks 1 of 2", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("◀ Korea", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SimilarityWithABadMeasure_IsRefused()
    {
        var model = _dir.Write("model.csv", MetricsTables.Model);
        var human = _dir.Write("human.csv", MetricsTables.Human);

        Assert.Equal(
            "error: --measure cosine: expected js-distance, js-divergence or wasserstein",
            Refused(await CliProcess.RunAsync(["metrics", "similarity", "--model", model, "--human", human, "--measure", "cosine"])));
    }

    [Fact]
    public async Task SimilarityWithAHumanTableWithoutShares_IsRefused_NamingWhatItNeeds()
    {
        var model = _dir.Write("model.csv", MetricsTables.Model);
        var human = _dir.Write("human.csv", "question_id,country,option_index\nq1,KR,0\n");

        var line = Refused(await CliProcess.RunAsync(["metrics", "similarity", "--model", model, "--human", human]));

        Assert.Equal($"error: {human}: no column 'weighted_share', 'share', 'n' or 'count'; the file has question_id, country, option_index", line);
    }

    [Fact]
    public async Task SteerabilityJson_HasTheBriefsKeys()
    {
        var table = _dir.Write("pvq.csv", MetricsTables.Pvq());

        var result = await CliProcess.RunAsync(["metrics", "steerability", "--distributions", table, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json.AsObject();
        Assert.Equal(["skipped_portraits", "scores", "mean_rank"], json.Select(p => p.Key));
        var score = json["scores"]!.AsArray().Single()!.AsObject();
        Assert.Equal(["model", "prompt_kind", "language", "prompt_country", "persona", "value", "portraits", "rank", "mean_distances"], score.Select(p => p.Key));
        Assert.Equal(("achievement", 1, 11), ((string)score["value"]!, (int)score["portraits"]!, (int)score["rank"]!));
        Assert.Equal(12, score["mean_distances"]!.AsObject().Count);
        Assert.Equal(11.0, (double)json["mean_rank"]!.AsArray().Single()!["mean_rank"]!);
    }

    [Fact]
    public async Task SteerabilityWithoutSteerValue_IsRefused_NamingTheColumn()
    {
        var table = _dir.Write("d.csv", MetricsTables.Consistency().Replace("steer_value,", "steer_valu,", StringComparison.Ordinal));

        var line = Refused(await CliProcess.RunAsync(["metrics", "steerability", "--distributions", table]));

        Assert.StartsWith($"error: {table}: no column 'steer_value'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricsHelp_NamesTheThreeCommands()
    {
        var result = await CliProcess.RunAsync(["metrics", "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(new[] { "consistency", "similarity", "steerability" }, c => Assert.Contains(c, result.Stdout, StringComparison.Ordinal));
    }
}
