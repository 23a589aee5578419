namespace ValueAtlas.Curation.Surveys.Scaffold;

/// <summary>What a scaffold needs to know of one variable of a survey file's dictionary.</summary>
/// <param name="Name">The variable name as the file writes it.</param>
/// <param name="Label">The variable label, or null.</param>
/// <param name="IsString">Whether the variable holds text rather than numbers.</param>
/// <param name="ValueLabels">Code (as <see cref="Crosswalks.SourceCode"/> text) → label, in code order.</param>
/// <param name="DeclaredMissing">Codes the file declares user-missing, as <see cref="Crosswalks.SourceCode"/> text.</param>
/// <param name="MissingRange">A declared missing range (low, high), or null.</param>
public sealed record ScaffoldVariable(
    string Name,
    string? Label,
    bool IsString,
    IReadOnlyList<KeyValuePair<string, string>> ValueLabels,
    IReadOnlyList<string> DeclaredMissing,
    (double Low, double High)? MissingRange);
