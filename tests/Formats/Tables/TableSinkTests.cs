using System.Text.Json;
using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Formats.Tests.Tables;

public sealed class TableSinkTests
{
    private static readonly TableColumn<Row>[] Columns =
    [
        new("text", ParquetType.String, r => r.Text),
        new("n", ParquetType.Int64, r => r.N),
        new("share", ParquetType.Double, r => r.Share),
        new("flag", ParquetType.Boolean, r => r.Flag),
    ];

    [Fact]
    public async Task JsonlCopy_HasOneObjectPerRowWithTypedValues_AndKoreanAndQuotesReadable()
    {
        using var dir = new TempDirectory();
        Row[] rows =
        [
            new("사형제 'death penalty' \"quoted\"", 3, 0.25, true),
            new(null, null, double.NaN, null),
        ];

        await TableSink<Row>.WriteAsync(dir.Path, "t", Columns, rows, TableFormat.ParquetAndJsonl, CancellationToken.None);

        var lines = File.ReadAllLines(dir.File("t.jsonl"));
        Assert.Equal(2, lines.Length);
        Assert.Contains("사형제 'death penalty' \\\"quoted\\\"", lines[0], StringComparison.Ordinal);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(["text", "n", "share", "flag"], first.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal((3L, 0.25, true), (first.RootElement.GetProperty("n").GetInt64(), first.RootElement.GetProperty("share").GetDouble(), first.RootElement.GetProperty("flag").GetBoolean()));
        using var second = JsonDocument.Parse(lines[1]);
        Assert.All(second.RootElement.EnumerateObject(), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
        Assert.True(File.Exists(dir.File("t.parquet")));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    private sealed record Row(string? Text, long? N, double? Share, bool? Flag);
}
