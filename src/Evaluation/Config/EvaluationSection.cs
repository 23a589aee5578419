using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Evaluation.Config;

/// <summary>How a run config's <c>evaluation:</c> section is read: bound to <see cref="EvaluationConfig"/>, paths made absolute, checked.</summary>
public sealed class EvaluationSection : ConfigSection<EvaluationConfig>
{
    public const string SectionKey = "evaluation";

    private EvaluationSection(EvaluationConfigValidator? rules)
        : base(SectionKey, rules)
    {
    }

    /// <summary>For commands that only read other keys of the file.</summary>
    public static EvaluationSection Tolerated { get; } = new(null);

    /// <summary>For <c>evaluate</c>: every rule, countries checked against <paramref name="countries"/>.</summary>
    public static EvaluationSection Checked(CountryRegistry countries) => new(new EvaluationConfigValidator(countries));

    protected override EvaluationConfig Complete(EvaluationConfig section, ConfigDocument document) => section with
    {
        Prompts = document.FullPath(section.Prompts),
        Runs = [.. section.Runs.Select(r => r with { Input = document.FullPath(r.Input) ?? "" })],
    };
}
