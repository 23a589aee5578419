using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Run;

/// <summary>One configured run with its probes read: what the evaluator puts to every model.</summary>
/// <param name="Name">The run's name (its <c>name:</c>, or kind and index).</param>
/// <param name="Run">The run as configured.</param>
/// <param name="Probes">Its probes and the rows skipped with reasons.</param>
/// <param name="Seed">Seeds the option orders.</param>
public sealed record EvaluationInput(string Name, EvaluationRun Run, ProbeSet Probes, int Seed);
