using System.Globalization;
using System.Text;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Cli.Tests.Metrics;

/// <summary>
/// <c>metrics similarity</c> over GlobalOpinionQA's country distributions as harmonize imports them, with Korea's own
/// rows renamed as a model ("korea") and a uniform model beside it.
/// </summary>
public sealed class SimilarityEndToEndTests(MetricsInputsFixture inputs) : IClassFixture<MetricsInputsFixture>, IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task KoreasOwnRowsAsAModel_AreMostSimilarToKorea_AndAUniformModelLess()
    {
        var human = Path.Combine(inputs.Goqa, "distributions.parquet");
        var model = await ModelTableAsync(human);

        var result = await CliProcess.RunAsync(["metrics", "similarity", "--model", model, "--human", human, "--json", "--resamples", "199"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var results = result.Json["results"]!.AsArray();
        var korea = results.Single(r => (string)r!["model"]! == "korea")!["countries"]!.AsArray();
        Assert.Equal(("KR", 1), ((string)korea[0]!["country"]!, (int)korea[0]!["rank"]!));
        Assert.Equal(1.0, (double)korea[0]!["mean"]!, 12);
        Assert.True(korea.Count > 50, $"{korea.Count} countries");
        var uniform = results.Single(r => (string)r!["model"]! == "uniform")!["countries"]!.AsArray().Single(c => (string)c!["country"]! == "KR")!;
        Assert.True((double)uniform["mean"]! < 1, uniform.ToJsonString());
        Assert.Null(result.Json["countries"]);
    }

    // Korea's national rows (not is_missing, no second sample) as model "korea", and the same options with equal probability as model "uniform".
    private async Task<string> ModelTableAsync(string human)
    {
        var csv = new StringBuilder("model,prompt_kind,language,question_id,option_index,option_code,probability\n");
        using var reader = await ParquetReader.OpenAsync(human, CancellationToken.None);
        var names = reader.Schema.Select(c => c.Name).ToList();
        var rows = new List<(string Question, int Index, string? Code, double Share)>();
        await foreach (var group in reader.ReadRowGroupsAsync(CancellationToken.None))
        {
            var column = names.Zip(group).ToDictionary(p => p.First, p => p.Second);
            for (var r = 0; r < group[0].Count; r++)
            {
                if ((string?)column["country"][r] == "KR" && column["sample"][r] is null && column["is_missing"][r] is false)
                {
                    rows.Add(((string)column["question_id"][r]!, (int)column["option_index"][r]!, (string?)column["option_code"][r], (double)(column["weighted_share"][r] ?? column["share"][r])!));
                }
            }
        }

        foreach (var row in rows)
        {
            var options = rows.Count(o => o.Question == row.Question);
            var code = "\"" + row.Code?.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            csv.Append(CultureInfo.InvariantCulture, $"korea,goqa-dp,en,{row.Question},{row.Index},{code},{row.Share:R}\n");
            csv.Append(CultureInfo.InvariantCulture, $"uniform,goqa-dp,en,{row.Question},{row.Index},{code},{1.0 / options:R}\n");
        }

        return _dir.Write("model.csv", csv.ToString());
    }
}
