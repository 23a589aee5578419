namespace ValueAtlas.Core.Artifacts;

/// <summary>A line that could not be read as a record; serialisable, so callers can write it to a quarantine file.</summary>
public sealed record JsonlError
{
    public required string File { get; init; }

    /// <summary>1-based line number, counting blank lines.</summary>
    public required long Line { get; init; }

    /// <summary>Offset of the line's first byte from the start of the file (a BOM counts).</summary>
    public required long ByteOffset { get; init; }

    /// <summary>"invalid UTF-8 …" or the System.Text.Json message, which carries the JSON path.</summary>
    public required string Reason { get; init; }

    /// <summary>The line without its line ending; invalid UTF-8 bytes appear as U+FFFD.</summary>
    public required string RawText { get; init; }
}
