using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Filters;

/// <summary>A row a rule removed; <see cref="Reason"/> is one of <see cref="DropReason"/>.</summary>
public sealed record Dropped(Question Question, string Reason, string Detail);
