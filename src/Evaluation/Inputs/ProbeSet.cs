namespace ValueAtlas.Evaluation.Inputs;

/// <summary>What one run's input yields: the probes to ask, in a stable order, and the rows skipped with reasons.</summary>
public sealed record ProbeSet(IReadOnlyList<Probe> Probes, IReadOnlyList<ProbeSkip> Skipped);
