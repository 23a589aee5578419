namespace ValueAtlas.Core.Llm;

/// <summary>One candidate token at a generated position with its natural-log probability.</summary>
public sealed record TokenLogprob(string Token, double Logprob);
