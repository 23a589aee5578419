using System.Text.Json;
using ValueAtlas.Curation.Review.Exchange;
using ValueAtlas.Curation.Tests.Review.Store;

namespace ValueAtlas.Curation.Tests.Review.Exchange;

/// <summary>DuckDB (tools/duckdb-oracle/read-csv.mjs) reads the exported sheet on its own terms: an independent check of the CSV.</summary>
public sealed class ExportedSheetDuckDbTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly ManualTime _time = new();

    private static string ToolFolder => RepoRoot.File("tools", "duckdb-oracle");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task DuckDB_reads_every_exported_row_with_its_Korean_text_and_the_header_without_the_BOM(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await ExchangeSetup.EnqueueAsync(store, overlap: 1);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        var export = await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), CancellationToken.None);
        var units = (await store.UnitsAsync("q", CancellationToken.None)).Select(u => u.Unit).ToDictionary(u => u.Id);

        Assert.True(
            Directory.Exists(Path.Combine(ToolFolder, "node_modules", "@duckdb")),
            "tools/duckdb-oracle/node_modules is missing: run scripts/setup.sh (it runs npm install there).");
        using var read = JsonDocument.Parse(await ExternalTool.RunAsync("node", ToolFolder, "read-csv.mjs", _folder.File("a.csv")));

        var columns = read.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        var rows = read.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("queue", columns[0]);
        Assert.Equal(export.Units, rows.Count);
        foreach (var row in rows)
        {
            var unit = units[row.GetProperty("unit_id").GetString()!];
            Assert.Equal(unit.TopicName, row.GetProperty("topic").GetString());
            for (var slot = 1; slot <= unit.Fields.Count; slot++)
            {
                Assert.Equal(unit.Fields[slot - 1].Text, row.GetProperty($"text_{slot}").GetString());
                Assert.Equal(unit.Fields[slot - 1].TextEn, row.GetProperty($"text_en_{slot}").GetString());
            }
        }

        Assert.Contains(rows, r => r.GetProperty("text_1").GetString() == "사형제를 폐지해야 한다고 생각하십니까?");
    }
}
