using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Chain;

/// <summary>A usable answer and the provenance every row built from it carries.</summary>
internal sealed record Asked<T>(T Value, Provenance Provenance);
