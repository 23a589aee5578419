using ValueAtlas.Core.Artifacts;

namespace ValueAtlas.Core.Tests.Artifacts;

public sealed class AtomicFileTests
{
    [Fact]
    public async Task Writes_text_as_utf8_without_bom_creating_the_directory()
    {
        using var temp = new TempDirectory();
        var path = temp.File("sub/dir/card.md");

        await AtomicFile.WriteAllTextAsync(path, "# 가치", CancellationToken.None);

        Assert.Equal("# 가치"u8.ToArray(), await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Replaces_an_existing_file_and_leaves_no_temp_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("data.bin");
        await File.WriteAllTextAsync(path, "old");

        await AtomicFile.WriteAllBytesAsync(path, new byte[] { 1, 2, 3 }, CancellationToken.None);

        Assert.Equal(new byte[] { 1, 2, 3 }, await File.ReadAllBytesAsync(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task Failing_writer_leaves_old_file_intact_and_no_temp_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("data.txt");
        await File.WriteAllTextAsync(path, "old");

        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                await stream.WriteAsync("new and partial"u8.ToArray(), ct);
                throw new InvalidOperationException("writer broke");
            },
            CancellationToken.None));

        Assert.Equal("old", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task Cancellation_after_writing_does_not_replace_the_target()
    {
        using var temp = new TempDirectory();
        var path = temp.File("data.txt");
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFile.WriteAsync(
            path,
            (stream, ct) =>
            {
                stream.Write("complete"u8);
                cancel.Cancel();
                return Task.CompletedTask;
            },
            cancel.Token));

        Assert.Empty(Directory.GetFiles(temp.Path));
    }
}
