namespace ValueAtlas.Core.Config;

/// <summary>Where a key was written: 1-based line and column; 0 when unknown.</summary>
public sealed record ConfigLocation(string File, int Line, int Column);
