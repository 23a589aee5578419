namespace ValueAtlas.FakeLlm;

/// <summary>One generated token; <see cref="Top"/> is the top_logprobs list and includes the chosen token, as OpenAI's does.</summary>
internal sealed record LogprobPosition(string Token, double Logprob, IReadOnlyList<(string Token, double Logprob)> Top);
