using Microsoft.SemanticKernel;

namespace ValueAtlas.Generation.Prompts;

/// <summary>Parses and renders prompt text with Semantic Kernel's own template engine (<c>{{$name}}</c> variables).</summary>
internal static class KernelTemplates
{
    // Values go into a user message as plain text; nothing parses the rendered prompt as SK's chat-prompt XML, so
    // HTML-encoding them (SK's default) would only change what the model reads: "A &amp; B" instead of "A & B".
    private static readonly KernelPromptTemplateFactory Factory = new() { AllowDangerouslySetContent = true };

    // Rendering variables needs no plugins or services; the kernel only supplies the culture (invariant).
    private static readonly Kernel Empty = new();

    /// <summary>The template and the variables SK found in it.</summary>
    /// <exception cref="KernelException">SK cannot parse the text, e.g. an invalid variable name.</exception>
    public static (IPromptTemplate Template, IReadOnlySet<string> Variables) Parse(string text)
    {
        var config = new PromptTemplateConfig(text) { AllowDangerouslySetContent = true };
        var template = Factory.Create(config);

        // Create adds every variable the template uses to InputVariables.
        return (template, config.InputVariables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal));
    }

    public static Task<string> RenderAsync(IPromptTemplate template, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var arguments = new KernelArguments();
        foreach (var (name, value) in values)
        {
            arguments[name] = value;
        }

        return template.RenderAsync(Empty, arguments, cancellationToken);
    }
}
