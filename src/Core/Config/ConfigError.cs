namespace ValueAtlas.Core.Config;

/// <summary>One problem in a config file. Line and Column are 1-based; 0 means the position is unknown.</summary>
public sealed record ConfigError(string File, int Line, int Column, string YamlPath, string Message)
{
    /// <summary>Compiler style (<c>file:line:column: path: message</c>) so editors and terminals can jump to it.</summary>
    public override string ToString()
    {
        // A setting given on the command line has no file; the message then starts at the path.
        var where = Line > 0 ? $"{File}:{Line}:{Column}: " : File.Length > 0 ? $"{File}: " : "";
        return YamlPath.Length > 0 ? $"{where}{YamlPath}: {Message}" : $"{where}{Message}";
    }
}
