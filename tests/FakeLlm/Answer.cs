namespace ValueAtlas.FakeLlm;

/// <summary>A successful reply before it is shaped for one API; <see cref="Positions"/> is null when no logprobs go out.</summary>
internal sealed record Answer(string Text, IReadOnlyList<LogprobPosition>? Positions, int InputTokens, int OutputTokens, bool HitMaxTokens);
