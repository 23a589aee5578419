using System.Text;

namespace ValueAtlas.Cli.Tests;

/// <summary><c>review export</c> and <c>review import</c> through the real CLI, on a SQLite store with two Korean items.</summary>
public sealed class ReviewSheetTests : IDisposable
{
    private const string Provenance = "\"provenance\":{\"model\":\"test\",\"endpoint_kind\":\"test\",\"created_at\":\"2026-01-01T00:00:00Z\"}";
    private const string Topic = "\"country\":\"KR\",\"controversial\":true,\"topic_id\":\"t_0000000000000001\",\"topic_name\":\"사형제\",\"topic_name_en\":\"Death penalty\",\"language\":\"ko\"";
    private const string Options = "\"options\":[{\"text\":\"예\",\"stance\":\"opposes\"},{\"text\":\"아니오\",\"stance\":\"supports\"}]";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ReviewExportThenImport_RecordsTheDecisions_AndImportingAgainChangesNothing()
    {
        await SetUpAsync();

        var export = await ReviewAsync("export", "--queue", "ko-1", "--annotator", "민지", "--out", "sheet.csv");
        var bytes = await File.ReadAllBytesAsync(_dir.File("sheet.csv"));
        var rows = Load("sheet.csv");
        Fill(rows, 1, ("decision", "approve"));
        Fill(rows, 2, ("decision", "수정"), ("edit_1", "사형제를 폐지해야 한다고 보십니까?"));
        Save("sheet.csv", rows);
        var first = await ReviewAsync("import", "sheet.csv");
        var second = await ReviewAsync("import", "sheet.csv");
        var log = await ReviewAsync("log");

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("3 units (0 for adjudication) for 민지", export.Stderr, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("applied 2, unchanged 0, skipped 1, rejected 0", first.Stderr, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("applied 0, unchanged 2, skipped 1, rejected 0", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, log.Stdout.Split('\n').Count(l => l.Contains("\tdecision.add\t", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReviewImportWithBadRows_ExitsTwo_ListsFileAndRow_AndAppliesNothing()
    {
        await SetUpAsync();
        await ReviewAsync("export", "--queue", "ko-1", "--annotator", "민지", "--out", "sheet.csv");
        var rows = Load("sheet.csv");
        Fill(rows, 1, ("decision", "approve"));
        Fill(rows, 2, ("decision", "maybe"));
        Fill(rows, 3, ("decision", "reject"), ("reason", "other"));
        Save("sheet.csv", rows);

        var result = await ReviewAsync("import", "sheet.csv");
        var status = await ReviewAsync("status", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sheet.csv:3: decision \"maybe\" is not approve, reject or edit (승인, 거절, 수정)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("sheet.csv:4: reason 'other' needs a note saying why", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was applied", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, status.Json[0]!["decisions"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReviewImportPartial_AppliesTheValidRows_WritesTheRejectedOnes_AndExitsTwo()
    {
        await SetUpAsync();
        await ReviewAsync("export", "--queue", "ko-1", "--annotator", "민지", "--out", "sheet.csv");
        var rows = Load("sheet.csv");
        Fill(rows, 1, ("decision", "approve"));
        Fill(rows, 2, ("decision", "edit"));
        Save("sheet.csv", rows);

        var result = await ReviewAsync("import", "sheet.csv", "--partial", "--rejected", "fix-me.csv");
        var rejected = Load("fix-me.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("applied 1, unchanged 0, skipped 1, rejected 1", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("fix-me.csv", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("error", rejected[0][^1]);
        Assert.Equal(2, rejected.Count);
        Assert.StartsWith("decision is edit but every edit_N cell is empty", rejected[1][^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewExportForUnknownAnnotatorOrQueue_ExitsTwo()
    {
        await SetUpAsync();

        var annotator = await ReviewAsync("export", "--queue", "ko-1", "--annotator", "nobody", "--out", "sheet.csv");
        var queue = await ReviewAsync("export", "--queue", "nope", "--annotator", "민지", "--out", "sheet.csv");
        var rejectedAlone = await ReviewAsync("import", "sheet.csv", "--rejected", "x.csv");

        Assert.Equal(2, annotator.ExitCode);
        Assert.Contains("no annotator 'nobody'", annotator.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, queue.ExitCode);
        Assert.Contains("no queue 'nope'", queue.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, rejectedAlone.ExitCode);
        Assert.False(File.Exists(_dir.File("sheet.csv")));
    }

    [Fact]
    public async Task TwoAnnotatorsSheets_GiveAgreementFiguresAndAnApprovedItemsFile()
    {
        await SetUpAsync(overlap: 2);
        Assert.Equal(0, (await ReviewAsync("annotator", "add", "준호", "--languages", "ko")).ExitCode);
        foreach (var (who, paraphrases) in new[] { ("민지", "approve"), ("준호", "reject") })
        {
            await ReviewAsync("export", "--queue", "ko-1", "--annotator", who, "--out", who + ".csv");
            var rows = Load(who + ".csv");
            var kind = Array.IndexOf(rows[0], "kind");
            for (var i = 1; i < rows.Count; i++)
            {
                Fill(rows, i, rows[i][kind] == "paraphrases" ? [("decision", paraphrases), ("reason", paraphrases == "reject" ? "duplicate" : "")] : [("decision", "approve")]);
            }

            Save(who + ".csv", rows);
            Assert.Equal(0, (await ReviewAsync("import", who + ".csv")).ExitCode);
        }

        var agreement = await ReviewAsync("agreement", "--queue", "ko-1", "--json");
        var approved = await ReviewAsync("approved", "--queue", "ko-1", "--out", "approved");
        var status = await ReviewAsync("status");

        Assert.True(agreement.ExitCode == 0, agreement.ToString());
        var queue = System.Text.Json.JsonDocument.Parse(agreement.Stdout).RootElement[0];
        Assert.Equal("queue", queue.GetProperty("dimension").GetString());
        var counts = queue.GetProperty("decision").GetProperty("counts");
        Assert.Equal((3, 6, 2), (counts.GetProperty("items").GetInt32(), counts.GetProperty("ratings").GetInt32(), counts.GetProperty("raters").GetInt32()));
        Assert.True(queue.GetProperty("decision").GetProperty("fleiss_kappa").GetDouble() < 1);
        Assert.True(approved.ExitCode == 0, approved.ToString());
        var released = File.ReadAllLines(_dir.File("approved/items.jsonl"));
        var excluded = File.ReadAllLines(_dir.File("approved/excluded.jsonl"));
        Assert.Contains("\"id\":\"q_0000000000000001\"", Assert.Single(released), StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"unanimous\"", released[0], StringComparison.Ordinal);
        Assert.Contains("adjudication", Assert.Single(excluded), StringComparison.Ordinal);
        Assert.Contains("ko-1\t2\t3\t0\t1\t2\t0\t6", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("\t민지\t3\t0\t", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("\t준호\t3\t0\t", status.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewExportHelp_DocumentsTheColumns()
    {
        var help = await CliProcess.RunAsync(["review", "export", "--help"]);

        Assert.Equal(0, help.ExitCode);
        foreach (var column in new[] { "unit_id", "annotator", "field_N", "stance_N", "text_en_N", "text_N", "decision", "reason", "note", "rationale", "edit_N", "승인" })
        {
            Assert.Contains(column, help.Stdout, StringComparison.Ordinal);
        }
    }

    private async Task SetUpAsync(int overlap = 1)
    {
        await File.WriteAllTextAsync(_dir.File("items.jsonl"), $$"""
            {"id":"q_0000000000000001",{{Topic}},"text":"사형제를 폐지해야 한다고 생각하십니까?","text_en":"Should the death penalty be abolished?",{{Options}},"is_paraphrase":false,{{Provenance}}}
            {"id":"q_0000000000000002",{{Topic}},"text":"사형 제도는 없어져야 한다고 보십니까?",{{Options}},"original_id":"q_0000000000000001","is_paraphrase":true,{{Provenance}}}

            """);
        Assert.Equal(0, (await ReviewAsync("enqueue", "--items", "items.jsonl", "--queue", "ko-1", "--overlap", overlap.ToString(System.Globalization.CultureInfo.InvariantCulture))).ExitCode);
        Assert.Equal(0, (await ReviewAsync("annotator", "add", "민지", "--languages", "ko")).ExitCode);
    }

    private Task<CliResult> ReviewAsync(params string[] args) =>
        CliProcess.RunAsync(["review", "--db", _dir.File("review.db"), .. args], workingDirectory: _dir.Path);

    private List<string[]> Load(string name) =>
        [.. CsvRows.Parse(Encoding.UTF8.GetString(File.ReadAllBytes(_dir.File(name))).TrimStart('\uFEFF')).Select(r => r.Select(c => c ?? "").ToArray())];

    /// <summary>Sets cells of data row <paramref name="row"/> (1 = the first row under the header).</summary>
    private static void Fill(List<string[]> rows, int row, params (string Column, string Value)[] cells)
    {
        foreach (var (column, value) in cells)
        {
            rows[row][Array.IndexOf(rows[0], column)] = value;
        }
    }

    private void Save(string name, List<string[]> rows) =>
        File.WriteAllText(
            _dir.File(name),
            "\uFEFF" + string.Concat(rows.Select(r => string.Join(',', r.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n")),
            new UTF8Encoding(false));
}
