using ValueAtlas.Core.Prompts;

namespace ValueAtlas.Core.Tests.Prompts;

/// <summary>
/// A template set with the shape of a stage's, no built-in files (this assembly embeds none under the prefix), so a
/// test's override folder is all there is.
/// </summary>
internal static class SampleTemplates
{
    public static TemplateKinds Kinds { get; } = new("step", [
        ("topics", ["country_name"]),
        ("options", ["question", "topic"]),
        ("goqa-dp", ["question", "options"]),
    ]);

    public static TemplateSet Empty { get; } =
        TemplateSet.LoadBuiltIn(new TemplateSource(typeof(SampleTemplates).Assembly, "ValueAtlas.Core.Tests.NoTemplates.", Kinds));
}
