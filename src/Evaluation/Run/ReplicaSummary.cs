namespace ValueAtlas.Evaluation.Run;

/// <summary>How one replica of a model with several <c>endpoints:</c> fared in the run, in evaluate.json.</summary>
public sealed record ReplicaSummary(string Model, string Endpoint, long Calls, long Failures, int Rests);
