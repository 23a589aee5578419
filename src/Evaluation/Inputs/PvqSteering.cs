namespace ValueAtlas.Evaluation.Inputs;

/// <summary>
/// The 13 ways each PVQ-21 portrait is asked, as ValueConsistency's steerability test did: with no value named, with
/// the bare word "value", and with each of the 11 Schwartz values (the ten of the theory plus spirituality, as the
/// public PVQ files list them).
/// </summary>
public static class PvqSteering
{
    /// <summary><see cref="Probe.SteerValue"/> for the prompt that names the word "value" and no particular value.</summary>
    public const string BareWord = "value";

    /// <summary>The Schwartz values' English ids, in the order the public PVQ files list them.</summary>
    public static IReadOnlyList<string> Values { get; } =
    [
        "self-direction", "stimulation", "hedonism", "achievement", "power", "security",
        "conformity", "tradition", "benevolence", "universalism", "spirituality",
    ];

    /// <summary>Every steering of one portrait: null (none), <see cref="BareWord"/>, then <see cref="Values"/>.</summary>
    public static IReadOnlyList<string?> Steerings { get; } = [null, BareWord, .. Values];
}
