namespace ValueAtlas.Generation.Import;

/// <summary>What a ValueConsistency file name says: <c>{controversial|uncontroversial}_{language}_{country}.jsonl</c>.</summary>
public sealed record ValueConsistencyFile(string Path, bool Controversial, string Language, string Country);
