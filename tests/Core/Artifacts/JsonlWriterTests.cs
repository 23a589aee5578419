using System.Text;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Tests.Domain;

namespace ValueAtlas.Core.Tests.Artifacts;

public sealed class JsonlWriterTests
{
    [Fact]
    public async Task Korean_text_round_trips_and_is_stored_unescaped()
    {
        using var temp = new TempDirectory();
        var path = temp.File("questions.jsonl");
        Question[] questions = [SampleRows.Question("한국 사회에서 동성혼을 허용해야 합니까?"), SampleRows.Question()];

        var written = await JsonlWriter.WriteAsync(path, questions, CancellationToken.None);
        var read = await JsonlReader.ReadAllAsync<Question>(path, CancellationToken.None);

        Assert.Equal(2, written);
        Assert.Empty(read.Errors);
        Assert.Equal(questions.Select(q => (q.Id, q.Text, q.Options[1].Text)), read.Records.Select(q => (q.Id, q.Text, q.Options[1].Text)));
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.AsSpan().IndexOf("한국"u8) >= 0);
        Assert.DoesNotContain("\\u", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_has_no_bom_one_record_per_line_and_lf_endings()
    {
        using var temp = new TempDirectory();
        var path = temp.File("options.jsonl");
        var options = new[] { "예", "아니요", "모르겠다" }.Select(t => new AnswerOption { Text = t, Stance = Stance.Neutral });

        await JsonlWriter.WriteAsync(path, options, CancellationToken.None);

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8));
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(
            "{\"text\":\"예\",\"stance\":\"neutral\"}\n{\"text\":\"아니요\",\"stance\":\"neutral\"}\n{\"text\":\"모르겠다\",\"stance\":\"neutral\"}\n",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Large_async_sequence_is_written_completely()
    {
        using var temp = new TempDirectory();
        var path = temp.File("many.jsonl");

        var written = await JsonlWriter.WriteAsync(path, Options(20_000, failAt: null), CancellationToken.None);

        Assert.Equal(20_000, written);
        Assert.Equal(20_000, File.ReadLines(path).Count());
    }

    [Fact]
    public async Task Source_throwing_midway_leaves_old_file_intact_and_no_temp_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("topics.jsonl");
        await File.WriteAllTextAsync(path, "{\"text\":\"old\",\"stance\":\"supports\"}\n");
        var before = await File.ReadAllBytesAsync(path);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => JsonlWriter.WriteAsync(path, Options(50_000, failAt: 40_000), CancellationToken.None));

        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task Cancellation_midway_leaves_no_target_and_no_temp_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("topics.jsonl");
        using var cancel = new CancellationTokenSource();
        var records = Enumerable.Range(0, 10_000).Select(i =>
        {
            if (i == 5_000)
            {
                cancel.Cancel();
            }

            return new AnswerOption { Text = $"{i}", Stance = Stance.Supports };
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JsonlWriter.WriteAsync(path, records, cancel.Token));

        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    private static async IAsyncEnumerable<AnswerOption> Options(int count, int? failAt)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAt)
            {
                throw new InvalidOperationException("source broke");
            }

            if (i % 1000 == 0)
            {
                await Task.Yield();
            }

            yield return new AnswerOption { Text = $"선택지 {i}", Stance = Stance.Opposes };
        }
    }
}
