namespace ValueAtlas.Core.Llm;

/// <summary>A generated position: the token the model emitted and the top-k alternatives the endpoint reported, most likely first.</summary>
public sealed record TokenPosition(string Token, double Logprob, IReadOnlyList<TokenLogprob> Top);
