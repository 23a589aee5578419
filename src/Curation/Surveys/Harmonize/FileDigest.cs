using System.Security.Cryptography;
using ValueAtlas.Curation.Surveys.Harmonize.Report;

namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>A file's size and SHA-256, computed on the thread pool so hashing overlaps the pass over the data.</summary>
public static class FileDigest
{
    public static Task<ReportFile> StartAsync(string path, CancellationToken cancellationToken) => Task.Run(
        async () =>
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return new ReportFile(path, stream.Length, Convert.ToHexStringLower(hash));
        },
        cancellationToken);
}
