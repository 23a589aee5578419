using ValueAtlas.Evaluation.Config;

namespace ValueAtlas.Evaluation.Inputs;

// TEMPORARY placeholder until H4's reader is merged.
public static class ItemProbes
{
    public static Task<ProbeSet> ReadAsync(string path, EvaluationRun run, CancellationToken cancellationToken) => throw new NotImplementedException();
}
