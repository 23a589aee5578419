namespace ValueAtlas.Formats;

/// <summary>
/// A file that is not what it claims to be. The message names the file, the byte offset and what was expected there,
/// so a user can find the damage; readers throw nothing else for bad input.
/// </summary>
public sealed class FileFormatException : Exception
{
    public FileFormatException(string file, long offset, string expected, Exception? inner = null)
        : base($"{file}: at byte {offset}: {expected}", inner)
    {
        File = file;
        Offset = offset;
    }

    public string File { get; }

    public long Offset { get; }
}
