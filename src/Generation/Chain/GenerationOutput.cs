using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Chain;

public sealed record GenerationOutput(
    IReadOnlyList<Topic> Topics,
    FilterResult Items,
    IReadOnlyList<QuarantinedAnswer> Quarantine,
    IReadOnlyDictionary<string, StepStats> Steps,
    IReadOnlyList<string> TopicOverlaps);
