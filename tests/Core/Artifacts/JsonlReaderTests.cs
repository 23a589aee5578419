using System.Text;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Core.Tests.Artifacts;

public sealed class JsonlReaderTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task Bad_lines_among_good_ones_are_reported_with_line_and_byte_offset_in_bom_crlf_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("options.jsonl");
        string[] lines =
        [
            "{\"text\":\"예\",\"stance\":\"supports\"}",
            "{\"text\":\"아니요\",\"stance\":",
            "",
            "{\"text\":\"글쎄\",\"stance\":\"neutral\"}",
            "{\"text\":\"틀림\",\"stance\":\"maybe\"}",
            "{\"stance\":\"opposes\"}",
            "{\"text\":\"끝\",\"stance\":\"opposes\"}",
        ];
        await File.WriteAllBytesAsync(path, [.. Bom, .. Join(lines, "\r\n"u8.ToArray())]);
        var offsets = LineOffsets(lines, start: 3, lineEnding: 2);

        var records = await ToListAsync(JsonlReader.ReadAsync<AnswerOption>(path, CancellationToken.None));

        Assert.Equal([1L, 2, 4, 5, 6, 7], records.Select(r => r.Line));
        Assert.Equal([offsets[0], offsets[1], offsets[3], offsets[4], offsets[5], offsets[6]], records.Select(r => r.ByteOffset));
        Assert.Equal([true, false, true, false, false, true], records.Select(r => r.IsValid));
        Assert.Equal("예", records[0].Value!.Text);
        Assert.Equal("끝", records[5].Value!.Text);

        var truncated = records[1].Error!;
        Assert.Equal(path, truncated.File);
        Assert.Equal(lines[1], truncated.RawText);
        Assert.Equal(offsets[1], truncated.ByteOffset);
        Assert.Contains("$.stance", records[3].Error!.Reason, StringComparison.Ordinal);
        Assert.Contains("'text'", records[4].Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_required_property_is_named_in_the_reason()
    {
        using var temp = new TempDirectory();
        var path = temp.File("q.jsonl");
        await File.WriteAllTextAsync(path, "{\"stance\":\"opposes\"}\n");

        var result = await JsonlReader.ReadAllAsync<AnswerOption>(path, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Contains("text", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
        Assert.Equal(0, error.ByteOffset);
    }

    [Fact]
    public async Task Invalid_utf8_line_is_reported_and_neighbours_still_read()
    {
        using var temp = new TempDirectory();
        var path = temp.File("mixed.jsonl");
        byte[] good = [.. "{\"text\":\"좋음\",\"stance\":\"supports\"}\n"u8];
        byte[] bad = [.. "{\"text\":\"나"u8, 0xFF, 0xFE, .. "\",\"stance\":\"supports\"}\n"u8];
        await File.WriteAllBytesAsync(path, [.. good, .. bad, .. good]);

        var result = await JsonlReader.ReadAllAsync<AnswerOption>(path, CancellationToken.None);

        Assert.Equal(2, result.Records.Count);
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal(good.Length, error.ByteOffset);
        Assert.StartsWith("invalid UTF-8", error.Reason, StringComparison.Ordinal);
        Assert.Contains("\uFFFD", error.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_line_without_newline_and_json_null_are_handled()
    {
        using var temp = new TempDirectory();
        var path = temp.File("tail.jsonl");
        await File.WriteAllTextAsync(path, "null\n   \n{\"text\":\"끝\",\"stance\":\"neutral\"}");

        var result = await JsonlReader.ReadAllAsync<AnswerOption>(path, CancellationToken.None);

        Assert.Equal("끝", Assert.Single(result.Records).Text);
        Assert.Equal("the line is JSON null, not a record", Assert.Single(result.Errors).Reason);
    }

    [Fact]
    public async Task Line_longer_than_the_read_buffer_is_read_whole()
    {
        using var temp = new TempDirectory();
        var path = temp.File("long.jsonl");
        var text = new string('가', 100_000);
        var first = "{\"text\":\"a\",\"stance\":\"neutral\"}\n";
        await File.WriteAllTextAsync(path, $"{first}{{\"text\":\"{text}\",\"stance\":\"neutral\"}}\n");

        var records = await ToListAsync(JsonlReader.ReadAsync<AnswerOption>(path, CancellationToken.None));

        Assert.Equal(text, records[1].Value!.Text);
        Assert.Equal(first.Length, records[1].ByteOffset);
    }

    private static byte[] Join(string[] lines, byte[] lineEnding) =>
        [.. lines.SelectMany(line => Encoding.UTF8.GetBytes(line).Concat(lineEnding))];

    private static long[] LineOffsets(string[] lines, long start, int lineEnding)
    {
        var offsets = new long[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            offsets[i] = start;
            start += Encoding.UTF8.GetByteCount(lines[i]) + lineEnding;
        }

        return offsets;
    }

    private static async Task<List<JsonlRecord<T>>> ToListAsync<T>(IAsyncEnumerable<JsonlRecord<T>> records)
    {
        var list = new List<JsonlRecord<T>>();
        await foreach (var record in records)
        {
            list.Add(record);
        }

        return list;
    }
}
