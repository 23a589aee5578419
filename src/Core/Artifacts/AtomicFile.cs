using System.Security.Cryptography;
using System.Text;

namespace ValueAtlas.Core.Artifacts;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new content,
/// never a half-written file: an interrupted stage leaves its previous output usable and a
/// resumed pipeline can trust every file that exists.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="path">The target; its directory is created if missing.</param>
    /// <param name="write">Fills the stream; it must not dispose it.</param>
    /// <param name="cancellationToken">Checked again before the rename, so a cancelled write never replaces the target.</param>
    public static async Task WriteAsync(
        string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        // Same directory as the target: File.Move is then a rename on one file system, which is atomic.
        var temp = $"{target}.tmp-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
        var committed = false;
        try
        {
            var streamOptions = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                BufferSize = 1 << 16,
                Options = FileOptions.Asynchronous,
            };
            await using (var stream = new FileStream(temp, streamOptions))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);

                // Without this a crash right after the rename can leave an empty file under the new name.
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, target, overwrite: true);
            committed = true;
        }
        finally
        {
            if (!committed)
            {
                DeleteQuietly(temp);
            }
        }
    }

    public static Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) =>
        WriteAsync(path, (stream, ct) => stream.WriteAsync(bytes, ct).AsTask(), cancellationToken);

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAllBytesAsync(path, Utf8NoBom.GetBytes(text), cancellationToken);

    // The caller is already handling the original failure; a failed cleanup must not replace it.
    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
