using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Formats.Tests.Tables;

public sealed class StagedFolderTests
{
    [Fact]
    public async Task WriteAsync_SubfolderWritten_ReplacesTheEarlierOneWhole()
    {
        using var dir = new TempDirectory();
        var target = dir.File("out");
        Directory.CreateDirectory(Path.Combine(target, "charts"));
        await File.WriteAllTextAsync(Path.Combine(target, "charts", "stale.png"), "old");
        await File.WriteAllTextAsync(Path.Combine(target, "kept.txt"), "not ours");

        await StagedFolder.WriteAsync(target, ["metrics"], async (temp, ct) =>
        {
            Directory.CreateDirectory(Path.Combine(temp, "charts"));
            await File.WriteAllTextAsync(Path.Combine(temp, "charts", "new.png"), "new", ct);
            await File.WriteAllTextAsync(Path.Combine(temp, "report.md"), "# r", ct);
            return true;
        }, CancellationToken.None);

        Assert.Equal(["new.png"], Directory.GetFiles(Path.Combine(target, "charts")).Select(Path.GetFileName));
        Assert.Equal(["charts", "kept.txt", "report.md"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAsync_Failing_LeavesTheEarlierSubfolderAndNoTempFolder()
    {
        using var dir = new TempDirectory();
        var target = dir.File("out");
        Directory.CreateDirectory(Path.Combine(target, "charts"));
        await File.WriteAllTextAsync(Path.Combine(target, "charts", "old.png"), "old");

        await Assert.ThrowsAsync<InvalidOperationException>(() => StagedFolder.WriteAsync<bool>(target, [], (temp, _) =>
        {
            Directory.CreateDirectory(Path.Combine(temp, "charts"));
            throw new InvalidOperationException("stop");
        }, CancellationToken.None));

        Assert.Equal(["old.png"], Directory.GetFiles(Path.Combine(target, "charts")).Select(Path.GetFileName));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }
}
