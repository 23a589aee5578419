using ValueAtlas.Evaluation.Config;

namespace ValueAtlas.Evaluation.Inputs;

// TEMPORARY placeholder until H4's reader is merged.
public static class SurveyProbes
{
    public static Task<ProbeSet> ReadAsync(string folder, EvaluationRun run, CancellationToken cancellationToken) => throw new NotImplementedException();
}
