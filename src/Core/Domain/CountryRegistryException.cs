namespace ValueAtlas.Core.Domain;

/// <summary>A bad country registry; the message starts with "file:line:" so editors and CI can jump to it.</summary>
public sealed class CountryRegistryException : Exception
{
    public CountryRegistryException(string file, long line, string reason, Exception? inner = null)
        : base($"{file}:{line}: {reason}", inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public string File { get; }

    /// <summary>1-based line in <see cref="File"/>.</summary>
    public long Line { get; }

    public string Reason { get; }
}
