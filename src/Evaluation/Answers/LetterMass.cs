namespace ValueAtlas.Evaluation.Answers;

/// <summary>
/// A query's answer as a distribution over the letters shown, in letter order (A first), renormalised over the
/// options. When no option carried any mass the distribution is uniform and <see cref="NoOptionMass"/> is set, as
/// the study did.
/// </summary>
/// <param name="Probabilities">One per letter shown, summing to 1.</param>
/// <param name="UncoveredMass">Probability at the answer position on tokens that are no option (1 − covered); 1 when nothing was covered.</param>
/// <param name="Position">0-based generated position the letters were read at; null when none carried mass (or for samples).</param>
/// <param name="NoOptionMass">True when no option carried any mass (or no sample named a letter).</param>
/// <param name="Samples">Sampling path: how many samples were read; 0 for log-probabilities.</param>
public sealed record LetterMass(IReadOnlyList<double> Probabilities, double UncoveredMass, int? Position, bool NoOptionMass, int Samples = 0);
