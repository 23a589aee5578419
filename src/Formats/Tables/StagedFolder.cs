namespace ValueAtlas.Formats.Tables;

/// <summary>
/// Writes a run's files into a temporary folder beside the output folder and moves them in only when the whole run
/// succeeded, so a failure leaves the output folder as it was. Files an earlier run left there under one of the
/// run's table names (a table this run did not write, a CSV copy) are removed first, so the folder never mixes two runs;
/// a subfolder the run wrote replaces the earlier one of that name.
/// </summary>
public static class StagedFolder
{
    private static readonly string[] TableExtensions = [".parquet", ".csv", ".jsonl"];

    /// <param name="folder">The output folder as the user gave it (--out); its parent must exist or be creatable.</param>
    /// <param name="tableNames">The names (without extension) of every table such a run can write.</param>
    /// <param name="write">Writes every file into the temporary folder it is given.</param>
    /// <param name="cancellationToken">Passed to <paramref name="write"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is a file system root.</exception>
    public static async Task<T> WriteAsync<T>(
        string folder, IReadOnlyCollection<string> tableNames, Func<string, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"{folder}: give a folder, not a file system root", nameof(folder));
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var result = await write(temp, cancellationToken).ConfigureAwait(false);
            MoveInto(temp, target, tableNames);
            return result;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static void MoveInto(string finished, string target, IReadOnlyCollection<string> tableNames)
    {
        Directory.CreateDirectory(target);
        foreach (var stale in tableNames.SelectMany(n => TableExtensions.Select(e => n + e)))
        {
            var path = Path.Combine(target, stale);
            if (File.Exists(path) && !File.Exists(Path.Combine(finished, stale)))
            {
                File.Delete(path);
            }
        }

        foreach (var written in Directory.GetFiles(finished))
        {
            File.Move(written, Path.Combine(target, Path.GetFileName(written)), overwrite: true);
        }

        // A folder the run wrote (the report's charts/) replaces the earlier run's whole, so no stale file survives in it.
        foreach (var written in Directory.GetDirectories(finished))
        {
            var destination = Path.Combine(target, Path.GetFileName(written));
            if (Directory.Exists(destination))
            {
                Directory.Delete(destination, recursive: true);
            }

            Directory.Move(written, destination);
        }
    }
}
